package app.vinculo.visits.control;

import app.vinculo.clients.entity.Contact;
import app.vinculo.visits.boundary.PeopleAdvice;
import app.vinculo.visits.boundary.ProposedContact;
import app.vinculo.visits.entity.VisitStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Who should be there": the client's active decision makers and influencers, and the key users of the plan's
 * modules, with when each was last met (a held visit they attended, or a follow-up naming them); and the plan's
 * modules that no active contact is key user of. Three queries, all restricted to the client.
 */
@Dependent
public class ContactProposals {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    public PeopleAdvice advise(long clientId, Set<String> planModules) {
        List<Contact> contacts = em.createQuery("select ct from Contact ct where ct.client.id = :c and ct.active = true"
                + " order by ct.name, ct.id", Contact.class).setParameter("c", clientId).getResultList();
        Map<Long, Instant> met = new HashMap<>();
        em.createQuery("select a, max(v.scheduledAt) from Visit v join v.attendeeContactIds a where v.client.id = :c"
                        + " and v.status = :held group by a", Object[].class).setParameter("c", clientId)
                .setParameter("held", VisitStatus.HELD).getResultList().forEach(r -> later(met, (Long) r[0], (Instant) r[1]));
        em.createQuery("select fc, max(f.occurredAt) from FollowUp f join f.contactIds fc where f.client.id = :c group by fc",
                Object[].class).setParameter("c", clientId).getResultList().forEach(r -> later(met, (Long) r[0], (Instant) r[1]));
        List<ProposedContact> out = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        for (Contact ct : contacts) {
            List<String> keyOf = ct.getKeyUserOf().stream().filter(planModules::contains).sorted().toList();
            covered.addAll(keyOf);
            if (ct.isDecisionMaker() || ct.isInfluencer() || !keyOf.isEmpty()) {
                out.add(new ProposedContact(ct.getId(), ct.getName(), ct.getPosition(), ct.isDecisionMaker(),
                        ct.isInfluencer(), keyOf, met.get(ct.getId())));
            }
        }
        // decision makers first, then influencers, then key users; the longest not met first within each
        out.sort(Comparator.comparingInt((ProposedContact p) -> p.decisionMaker() ? 0 : p.influencer() ? 1 : 2)
                .thenComparing(p -> p.lastMet() == null ? Instant.MIN : p.lastMet())
                .thenComparing(ProposedContact::name));
        List<String> missing = planModules.stream().filter(m -> !covered.contains(m)).sorted().toList();
        return new PeopleAdvice(out, missing);
    }

    private static void later(Map<Long, Instant> met, Long id, Instant at) {
        if (at != null) {
            met.merge(id, at, (a, b) -> a.isAfter(b) ? a : b);
        }
    }
}
