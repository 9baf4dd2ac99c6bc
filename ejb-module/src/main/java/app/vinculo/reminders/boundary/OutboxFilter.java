package app.vinculo.reminders.boundary;

import app.vinculo.reminders.entity.OutboxState;
import app.vinculo.reminders.entity.ReminderKind;

import java.io.Serializable;
import java.time.Instant;

/** Filters of the outbox page; any may be null. Dates filter the creation time. */
public record OutboxFilter(OutboxState state, ReminderKind kind, String recipient, Instant from, Instant to)
        implements Serializable {

    public static OutboxFilter none() {
        return new OutboxFilter(null, null, null, null, null);
    }
}
