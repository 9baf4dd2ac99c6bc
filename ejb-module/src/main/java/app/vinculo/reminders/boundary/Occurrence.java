package app.vinculo.reminders.boundary;

import app.vinculo.reminders.entity.OccurrenceKey;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One reminder that is due: what ({@code kind}, {@code subjectId}), which occurrence ({@code due}: a date or a
 * threshold such as {@code T-30}), when ({@code dueAt}), to whom, the portal page it links to (a path below the
 * base URL) and the values its message shows.
 */
public record Occurrence(ReminderKind kind, String subjectId, String due, Instant dueAt, List<Recipient> recipients,
                         String linkPath, Map<String, String> params) {

    public Occurrence {
        recipients = List.copyOf(recipients);
        params = Map.copyOf(params);
    }

    public OccurrenceKey keyFor(Recipient recipient) {
        return new OccurrenceKey(kind, subjectId, due, recipient.keyPart());
    }
}
