package app.vinculo.reminders.boundary;

import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.OutboxState;
import app.vinculo.reminders.entity.ReminderKind;

import java.io.Serializable;
import java.time.Instant;

/** One row of the outbox page. */
public record OutboxRow(Long id, ReminderKind kind, String subjectId, Instant dueAt, String recipientEmail,
                        String recipientName, Delivery delivery, OutboxState state, int attempts,
                        Instant nextAttemptAt, Instant sentAt, String lastError, Instant createdAt)
        implements Serializable {
}
