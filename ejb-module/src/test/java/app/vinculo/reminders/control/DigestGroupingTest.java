package app.vinculo.reminders.control;

import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.OccurrenceKey;
import app.vinculo.reminders.entity.OutboxMessage;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DigestGroupingTest {

    private static OutboxMessage row(ReminderKind kind, String subject, String email, String due) {
        Instant at = Instant.parse(due);
        return new OutboxMessage(new OccurrenceKey(kind, subject, due, email), at,
                new Recipient(null, email, null, "es"), "/", Map.of(), Delivery.DIGEST, at);
    }

    @Test
    @DisplayName("one digest per recipient address (case-insensitive), items in due order")
    void groupsByRecipient() {
        OutboxMessage a1 = row(ReminderKind.RM1_NEXT_ACTION_DUE, "1", "ana@example.com", "2026-11-27T12:00:00Z");
        OutboxMessage a2 = row(ReminderKind.RM7_CLIENT_AT_RISK, "2", "ANA@example.com", "2026-11-26T12:00:00Z");
        OutboxMessage b1 = row(ReminderKind.RM1_NEXT_ACTION_DUE, "3", "beto@example.com", "2026-11-25T12:00:00Z");
        Map<String, List<OutboxMessage>> groups = DigestGrouping.byRecipient(List.of(a1, b1, a2));
        assertEquals(List.of("ana@example.com", "beto@example.com"), List.copyOf(groups.keySet()));
        assertEquals(List.of(a2, a1), groups.get("ana@example.com"));
        assertEquals(List.of(b1), groups.get("beto@example.com"));
    }
}
