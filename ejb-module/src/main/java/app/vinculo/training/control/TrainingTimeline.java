package app.vinculo.training.control;

import app.vinculo.platform.timeline.ClientRecordTimeline;
import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.training.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** Courses attended by the client's contacts on the client timeline (at the last session attended). */
@ApplicationScoped
public class TrainingTimeline extends ClientRecordTimeline {


    public TrainingTimeline() {
        super("COURSE");
    }

    @Override
    public List<TimelineEntry> entries(long clientId, Instant before, int max) {
        return recordsBefore("select r from Registration r join fetch r.contact join fetch r.edition e join fetch e.course "
                        + "where r.client.id = :client and r.attendedSessions > 0 and r.lastAttendedAt < :before "
                        + "order by r.lastAttendedAt desc", Registration.class, clientId, before, max).getResultList().stream()
                .map(r -> new TimelineEntry(r.getLastAttendedAt(), "COURSE", "timeline.COURSE",
                        List.of(r.getEdition().getCourse().getTitle(), r.getContact().getName(),
                                Integer.toString(r.getAttendedSessions()), Integer.toString(r.getEdition().getSessions().size())),
                        "/training/editions/view.xhtml?id=" + r.getEdition().getId(), null)).toList();
    }
}
