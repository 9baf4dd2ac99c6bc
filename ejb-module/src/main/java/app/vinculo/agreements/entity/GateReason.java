package app.vinculo.agreements.entity;

/** Why a client may not be assisted on a day (R1.3, R1.1). */
public enum GateReason {
    /** The client never had a Support & Maintenance agreement. */
    NO_AGREEMENT_EVER,
    /** Its last A&M agreement ended before the day. */
    EXPIRED,
    /** Its A&M agreement covering the day was cancelled. */
    CANCELLED,
    /** Its A&M agreement starts after the day. */
    NOT_YET_ACTIVE,
    /** The client is not active (R1.1). */
    CLIENT_INACTIVE
}
