package app.vinculo.platform.audit;

/** What happened to an audited record. */
public enum AuditAction {
    CREATE, UPDATE, DELETE
}
