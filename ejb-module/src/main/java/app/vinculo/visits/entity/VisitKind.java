package app.vinculo.visits.entity;

/** ASSISTANCE and MIXED visits are assistance (R1.3 gate); COMMERCIAL ones never ask. */
public enum VisitKind {
    ASSISTANCE, COMMERCIAL, MIXED;

    public boolean isAssistance() {
        return this != COMMERCIAL;
    }

    public boolean isCommercial() {
        return this != ASSISTANCE;
    }
}
