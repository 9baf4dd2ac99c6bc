package app.vinculo.platform.audit;

import java.io.Serializable;
import java.time.Instant;

/** Filters of the audit-trail page; any may be null. */
public record AuditFilter(String actor, String entityType, String entityId, AuditAction action,
                          Instant from, Instant to) implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
