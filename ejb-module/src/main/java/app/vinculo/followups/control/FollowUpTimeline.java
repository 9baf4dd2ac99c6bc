package app.vinculo.followups.control;

import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.platform.timeline.TimelineSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Follow-ups on the client timeline (the contact history), at the time the contact happened. */
@ApplicationScoped
public class FollowUpTimeline implements TimelineSource {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Override
    public Set<String> kinds() {
        return Set.of("FOLLOW_UP");
    }

    @Override
    public List<TimelineEntry> entries(long clientId, Instant before, int max) {
        // the page's fields only: loading FollowUp entities would also load each one's contacts (issue 13)
        return em.createQuery("select f.id, f.occurredAt, f.channel, f.nature, f.summary, f.author from FollowUp f "
                        + "where f.client.id = :id and f.occurredAt < :before order by f.occurredAt desc", Object[].class)
                .setParameter("id", clientId).setParameter("before", before).setMaxResults(max).getResultList().stream()
                .map(f -> new TimelineEntry((Instant) f[1], "FOLLOW_UP", "timeline.FOLLOW_UP",
                        List.of(((Enum<?>) f[2]).name(), ((Enum<?>) f[3]).name(), (String) f[4]),
                        "/followups/view.xhtml?id=" + f[0], (String) f[5]))
                .toList();
    }
}
