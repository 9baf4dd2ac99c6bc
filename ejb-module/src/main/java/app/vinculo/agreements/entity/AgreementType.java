package app.vinculo.agreements.entity;

/** The agreements of the procedure: A&M (support), A&D (support and development), training. */
public enum AgreementType {
    SUPPORT_MAINTENANCE, SUPPORT_DEVELOPMENT, TRAINING
}
