package app.vinculo.releases.control;

import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.platform.timeline.TimelineSource;
import app.vinculo.releases.entity.ReleaseChange;
import app.vinculo.releases.entity.ReleaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A requirement of the client delivered in a published release, on the client timeline (at publication). */
@ApplicationScoped
public class ReleaseTimeline implements TimelineSource {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Override
    public Set<String> kinds() {
        return Set.of("RELEASE");
    }

    @Override
    public List<TimelineEntry> entries(long clientId, Instant before, int max) {
        return em.createQuery("select c from ReleaseChange c join fetch c.release r join fetch c.requirement q "
                        + "where q.client.id = :id and r.status = :p and r.publishedAt < :before order by r.publishedAt desc",
                        ReleaseChange.class)
                .setParameter("id", clientId).setParameter("p", ReleaseStatus.PUBLISHED).setParameter("before", before)
                .setMaxResults(max).getResultList().stream()
                .map(c -> new TimelineEntry(c.getRelease().getPublishedAt(), "RELEASE", "timeline.RELEASE",
                        List.of(c.getRelease().getLabel(), c.getRequirement().getTitle()),
                        "/releases/view.xhtml?id=" + c.getRelease().getId(), c.getRelease().getPublishedBy())).toList();
    }
}
