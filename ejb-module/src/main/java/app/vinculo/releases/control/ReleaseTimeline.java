package app.vinculo.releases.control;

import app.vinculo.platform.timeline.ClientRecordTimeline;
import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.releases.entity.ReleaseChange;
import app.vinculo.releases.entity.ReleaseStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** A requirement of the client delivered in a published release, on the client timeline (at publication). */
@ApplicationScoped
public class ReleaseTimeline extends ClientRecordTimeline {


    public ReleaseTimeline() {
        super("RELEASE");
    }

    @Override
    public List<TimelineEntry> entries(long clientId, Instant before, int max) {
        return recordsBefore("select c from ReleaseChange c join fetch c.release r join fetch c.requirement q "
                        + "where q.client.id = :client and r.status = :p and r.publishedAt < :before order by r.publishedAt desc",
                        ReleaseChange.class, clientId, before, max)
                .setParameter("p", ReleaseStatus.PUBLISHED).getResultList().stream()
                .map(c -> new TimelineEntry(c.getRelease().getPublishedAt(), "RELEASE", "timeline.RELEASE",
                        List.of(c.getRelease().getLabel(), c.getRequirement().getTitle()),
                        "/releases/view.xhtml?id=" + c.getRelease().getId(), c.getRelease().getPublishedBy())).toList();
    }
}
