package app.vinculo.reminders.control;

import app.vinculo.reminders.entity.OutboxMessage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups pending digest rows into one mail per recipient address, each mail's items ordered by due time. */
public final class DigestGrouping {

    private DigestGrouping() {
    }

    public static Map<String, List<OutboxMessage>> byRecipient(List<OutboxMessage> rows) {
        Map<String, List<OutboxMessage>> groups = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing((OutboxMessage m) -> m.getRecipientEmail().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(OutboxMessage::getDueAt)
                        .thenComparing(OutboxMessage::getOccurrenceKey))
                .forEach(m -> groups.computeIfAbsent(m.getRecipientEmail().toLowerCase(java.util.Locale.ROOT),
                        k -> new ArrayList<>()).add(m));
        return groups;
    }
}
