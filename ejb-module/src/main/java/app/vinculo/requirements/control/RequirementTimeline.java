package app.vinculo.requirements.control;

import app.vinculo.platform.timeline.ClientRecordTimeline;
import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.requirements.entity.Quote;
import app.vinculo.requirements.entity.Requirement;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Requirements and quotes on the client timeline. */
@ApplicationScoped
public class RequirementTimeline extends ClientRecordTimeline {


    public RequirementTimeline() {
        super("REQUIREMENT", "QUOTE");
    }

    @Override
    public List<TimelineEntry> entries(long clientId, Instant before, int max) {
        List<TimelineEntry> entries = new ArrayList<>();
        recordsBefore("select r from Requirement r where r.client.id = :client and r.createdAt < :before order by r.createdAt desc",
                        Requirement.class, clientId, before, max)
                .getResultList().forEach(r -> entries.add(new TimelineEntry(r.getCreatedAt(), "REQUIREMENT",
                        "timeline.REQUIREMENT", List.of(r.getTitle(), r.getStatus().name()),
                        "/requirements/view.xhtml?id=" + r.getId(), r.getDetectedBy())));
        recordsBefore("select q from Quote q where q.client.id = :client and q.createdAt < :before order by q.createdAt desc",
                        Quote.class, clientId, before, max)
                .getResultList().forEach(q -> entries.add(new TimelineEntry(q.getCreatedAt(), "QUOTE", "timeline.QUOTE",
                        List.of(q.getNumber(), q.getStatus().name()), "/quotes/view.xhtml?id=" + q.getId(), q.getCreatedBy())));
        return newestFirst(entries, max);
    }
}
