package app.vinculo.followups.entity;

/** TECHNICAL is assistance (R1.3 gate); COMMERCIAL is always allowed. */
public enum Nature {
    TECHNICAL, COMMERCIAL
}
