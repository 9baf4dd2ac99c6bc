package app.vinculo.visits.entity;

/** PLANNED → CONFIRMED → HELD, or CANCELLED / POSTPONED (with a reason); a postponed visit is planned again. */
public enum VisitStatus {
    PLANNED, CONFIRMED, HELD, CANCELLED, POSTPONED
}
