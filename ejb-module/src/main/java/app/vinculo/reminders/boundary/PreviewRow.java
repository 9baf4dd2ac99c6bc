package app.vinculo.reminders.boundary;

import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.ReminderKind;

import java.io.Serializable;
import java.time.Instant;

/** A reminder that will be recorded within the preview window, and to whom it goes. */
public record PreviewRow(ReminderKind kind, String subjectId, Instant dueAt, String recipientEmail,
                         String recipientName, Delivery delivery, String subject) implements Serializable {
}
