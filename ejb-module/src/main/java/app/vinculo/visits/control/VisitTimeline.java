package app.vinculo.visits.control;

import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.platform.timeline.TimelineSource;
import app.vinculo.visits.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Visits on the client timeline: planned, held, postponed or cancelled, at their date. */
@ApplicationScoped
public class VisitTimeline implements TimelineSource {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Override
    public Set<String> kinds() {
        return Set.of("VISIT");
    }

    @Override
    public List<TimelineEntry> entries(long clientId, Instant before, int max) {
        return em.createQuery("select v from Visit v where v.client.id = :id and v.scheduledAt < :before "
                        + "order by v.scheduledAt desc", Visit.class)
                .setParameter("id", clientId).setParameter("before", before).setMaxResults(max).getResultList().stream()
                .map(v -> new TimelineEntry(v.getScheduledAt(), "VISIT", "timeline.VISIT_" + v.getStatus().name(),
                        List.of(v.getKind().name(), String.join(", ", v.getConsultants())),
                        "/visits/view.xhtml?id=" + v.getId(), v.getCreatedBy()))
                .toList();
    }
}
