package app.vinculo.reminders.entity;

/** Life of an outbox row. PENDING → SENT, or → FAILED after the last attempt; CANCELLED by an admin. */
public enum OutboxState {
    PENDING, SENT, FAILED, CANCELLED
}
