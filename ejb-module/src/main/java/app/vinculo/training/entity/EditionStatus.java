package app.vinculo.training.entity;

/** SCHEDULED → OPEN (registrations) → HELD → CLOSED (register frozen, R5.2); SCHEDULED or OPEN → CANCELLED. */
public enum EditionStatus {
    SCHEDULED, OPEN, HELD, CLOSED, CANCELLED
}
