package app.vinculo.visits.control;

import app.vinculo.platform.timeline.ClientRecordTimeline;
import app.vinculo.platform.timeline.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Visits on the client timeline: planned, held, postponed or cancelled, at their date. */
@ApplicationScoped
public class VisitTimeline extends ClientRecordTimeline {


    public VisitTimeline() {
        super("VISIT");
    }

    @Override
    public List<TimelineEntry> entries(long clientId, Instant before, int max) {
        // two queries: the visits' fields, then their consultants; loading Visit entities would also load their
        // topics, invitees, attendees and detected requirements (issue 13)
        List<Object[]> rows = recordsBefore("select v.id, v.scheduledAt, v.status, v.kind, v.createdBy from Visit v "
                        + "where v.client.id = :client and v.scheduledAt < :before order by v.scheduledAt desc", Object[].class,
                        clientId, before, max).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> consultants = new HashMap<>();
        em.createQuery("select v.id, c from Visit v join v.consultants c where v.id in :ids", Object[].class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList()).getResultList()
                .forEach(r -> consultants.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return rows.stream()
                .map(v -> new TimelineEntry((Instant) v[1], "VISIT", "timeline.VISIT_" + ((Enum<?>) v[2]).name(),
                        List.of(((Enum<?>) v[3]).name(), String.join(", ", consultants.getOrDefault((Long) v[0], List.of()))),
                        "/visits/view.xhtml?id=" + v[0], (String) v[4]))
                .toList();
    }
}
