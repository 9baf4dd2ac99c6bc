package app.vinculo.agreements.entity;

/** Derived from the dates and the clock; CANCELLED when cancelled. */
public enum AgreementStatus {
    FUTURE, ACTIVE, EXPIRED, CANCELLED
}
