package app.vinculo.platform.audit;

import java.io.Serializable;
import java.time.Instant;

/** Read model of one audit-trail line. */
public record AuditRow(Long id, Instant occurredAt, String actor, AuditAction action, String entityType,
                       String entityId, String field, String oldValue, String newValue) implements Serializable {
}
