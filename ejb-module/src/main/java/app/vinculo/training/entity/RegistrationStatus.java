package app.vinculo.training.entity;

/** INVITED → REGISTERED, or WAITLISTED when the edition is full (R5.1); DECLINED when the contact will not come. */
public enum RegistrationStatus {
    INVITED, REGISTERED, WAITLISTED, DECLINED
}
