package app.vinculo.releases.entity;

/** OPEN (cases being run) → SIGNED_OFF (R6.2). */
public enum CampaignStatus {
    OPEN, SIGNED_OFF
}
