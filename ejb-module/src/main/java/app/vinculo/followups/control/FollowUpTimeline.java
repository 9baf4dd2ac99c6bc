package app.vinculo.followups.control;

import app.vinculo.platform.timeline.ClientRecordTimeline;
import app.vinculo.platform.timeline.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** Follow-ups on the client timeline (the contact history), at the time the contact happened. */
@ApplicationScoped
public class FollowUpTimeline extends ClientRecordTimeline {


    public FollowUpTimeline() {
        super("FOLLOW_UP");
    }

    @Override
    public List<TimelineEntry> entries(long clientId, Instant before, int max) {
        // the page's fields only: loading FollowUp entities would also load each one's contacts (issue 13)
        return recordsBefore("select f.id, f.occurredAt, f.channel, f.nature, f.summary, f.author from FollowUp f "
                        + "where f.client.id = :client and f.occurredAt < :before order by f.occurredAt desc", Object[].class,
                        clientId, before, max).getResultList().stream()
                .map(f -> new TimelineEntry((Instant) f[1], "FOLLOW_UP", "timeline.FOLLOW_UP",
                        List.of(((Enum<?>) f[2]).name(), ((Enum<?>) f[3]).name(), (String) f[4]),
                        "/followups/view.xhtml?id=" + f[0], (String) f[5]))
                .toList();
    }
}
