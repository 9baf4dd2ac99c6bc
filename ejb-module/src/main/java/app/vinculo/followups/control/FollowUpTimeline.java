package app.vinculo.followups.control;

import app.vinculo.followups.entity.FollowUp;
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
        return em.createQuery("select f from FollowUp f where f.client.id = :id and f.occurredAt < :before "
                        + "order by f.occurredAt desc", FollowUp.class)
                .setParameter("id", clientId).setParameter("before", before).setMaxResults(max).getResultList().stream()
                .map(f -> new TimelineEntry(f.getOccurredAt(), "FOLLOW_UP", "timeline.FOLLOW_UP",
                        List.of(f.getChannel().name(), f.getNature().name(), f.getSummary()),
                        "/followups/view.xhtml?id=" + f.getId(), f.getAuthor()))
                .toList();
    }
}
