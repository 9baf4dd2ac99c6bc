package app.vinculo.requirements.entity;

/**
 * DRAFT → PENDING_APPROVAL → APPROVED (a PM) or back to DRAFT with comments → SENT → ACCEPTED / REJECTED / EXPIRED;
 * SUPERSEDED when a new revision replaces it.
 */
public enum QuoteStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, SENT, ACCEPTED, REJECTED, EXPIRED, SUPERSEDED;

    public boolean editable() {
        return this == DRAFT;
    }
}
