package app.vinculo.requirements.entity;

/**
 * NEW → UNDER_REVIEW → (approved) PLANNED → IN_PROGRESS → DELIVERED, or (approved without an active A&D agreement)
 * QUOTING → PLANNED when the quote is accepted; REJECTED by the review or when the quote is rejected (R4.1).
 */
public enum RequirementStatus {
    NEW, UNDER_REVIEW, QUOTING, PLANNED, IN_PROGRESS, DELIVERED, REJECTED
}
