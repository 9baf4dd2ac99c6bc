package app.vinculo.requirements.control;

import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.platform.timeline.TimelineSource;
import app.vinculo.requirements.entity.Quote;
import app.vinculo.requirements.entity.Requirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Requirements and quotes on the client timeline. */
@ApplicationScoped
public class RequirementTimeline implements TimelineSource {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Override
    public Set<String> kinds() {
        return Set.of("REQUIREMENT", "QUOTE");
    }

    @Override
    public List<TimelineEntry> entries(long clientId, Instant before, int max) {
        List<TimelineEntry> entries = new ArrayList<>();
        em.createQuery("select r from Requirement r where r.client.id = :id and r.createdAt < :before order by r.createdAt desc",
                        Requirement.class).setParameter("id", clientId).setParameter("before", before).setMaxResults(max)
                .getResultList().forEach(r -> entries.add(new TimelineEntry(r.getCreatedAt(), "REQUIREMENT",
                        "timeline.REQUIREMENT", List.of(r.getTitle(), r.getStatus().name()),
                        "/requirements/view.xhtml?id=" + r.getId(), r.getDetectedBy())));
        em.createQuery("select q from Quote q where q.client.id = :id and q.createdAt < :before order by q.createdAt desc",
                        Quote.class).setParameter("id", clientId).setParameter("before", before).setMaxResults(max)
                .getResultList().forEach(q -> entries.add(new TimelineEntry(q.getCreatedAt(), "QUOTE", "timeline.QUOTE",
                        List.of(q.getNumber(), q.getStatus().name()), "/quotes/view.xhtml?id=" + q.getId(), q.getCreatedBy())));
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(max).toList();
    }
}
