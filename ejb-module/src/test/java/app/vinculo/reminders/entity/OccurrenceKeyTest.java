package app.vinculo.reminders.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OccurrenceKeyTest {

    @Test
    @DisplayName("the key is kind|subject|due|recipient, the recipient lower-cased")
    void keyShape() {
        assertEquals("RM3_AGREEMENT_ENDING|42|T-30|ana",
                new OccurrenceKey(ReminderKind.RM3_AGREEMENT_ENDING, "42", "T-30", "Ana").value());
    }

    @Test
    @DisplayName("each threshold and each recipient of one subject is its own occurrence")
    void distinctOccurrences() {
        OccurrenceKey t30 = new OccurrenceKey(ReminderKind.RM3_AGREEMENT_ENDING, "42", "T-30", "ana");
        assertNotEquals(t30, new OccurrenceKey(ReminderKind.RM3_AGREEMENT_ENDING, "42", "T-7", "ana"));
        assertNotEquals(t30, new OccurrenceKey(ReminderKind.RM3_AGREEMENT_ENDING, "42", "T-30", "jorge"));
        assertEquals(t30.value(), new OccurrenceKey(ReminderKind.RM3_AGREEMENT_ENDING, " 42 ", "T-30", "ANA").value());
    }

    @Test
    @DisplayName("a separator inside a part cannot forge another key; missing parts are refused; long keys are cut")
    void hostileParts() {
        assertEquals("RM7_CLIENT_AT_RISK|1/2|d|x", new OccurrenceKey(ReminderKind.RM7_CLIENT_AT_RISK, "1|2", "d", "x").value());
        assertThrows(IllegalArgumentException.class, () -> new OccurrenceKey(ReminderKind.RM7_CLIENT_AT_RISK, "", "d", "x"));
        assertThrows(IllegalArgumentException.class, () -> new OccurrenceKey(ReminderKind.RM7_CLIENT_AT_RISK, "1", null, "x"));
        assertEquals(OccurrenceKey.MAX_LENGTH,
                new OccurrenceKey(ReminderKind.RM7_CLIENT_AT_RISK, "1", "d", "x".repeat(500)).value().length());
    }

    @Test
    @DisplayName("message parameters survive storage, including '=', new lines and backslashes")
    void paramsRoundTrip() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client", "Fábrica = Sur\nS.A.");
        params.put("path", "C:\\temp\\n");
        assertEquals(params, OutboxMessage.MessageParams.decode(OutboxMessage.MessageParams.encode(params)));
    }

    @Test
    @DisplayName("a failed attempt waits the backoff; the last allowed attempt marks the row FAILED")
    void attempts() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        OutboxMessage m = new OutboxMessage(new OccurrenceKey(ReminderKind.RM1_NEXT_ACTION_DUE, "1", "2026-11-27", "ana"),
                now, new Recipient("ana", "ana@example.com", "Ana", "es"), "/", Map.of(), Delivery.IMMEDIATE, now);
        m.attemptFailed("Connection refused", now, Duration.ofMinutes(1), 2);
        assertEquals(OutboxState.PENDING, m.getState());
        assertEquals(now.plusSeconds(60), m.getNextAttemptAt());
        m.attemptFailed("Connection refused", now, Duration.ofMinutes(2), 2);
        assertEquals(OutboxState.FAILED, m.getState());
        assertEquals("Connection refused", m.getLastError());
        m.retry(now);
        assertEquals(OutboxState.PENDING, m.getState());
    }
}
