package app.vinculo.agreements.entity;

/** R1.4: OPEN → IN_NEGOTIATION → REGULARIZED (automatic, when an A&M agreement becomes active) or DECLINED. */
public enum RegularizationStatus {
    OPEN, IN_NEGOTIATION, REGULARIZED, DECLINED;

    public boolean isClosed() {
        return this == REGULARIZED || this == DECLINED;
    }
}
