package app.vinculo.reports.boundary;

import app.vinculo.platform.audit.AuditAction;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One change of one record (the audit trail's field rows of one write, together): who, when, which record (type, id and
 * its current name, or null when it no longer exists) and each field's old → new value as stored.
 */
public record AuditChange(long id, Instant occurredAt, String actor, AuditAction action, String entityType, String entityId,
                          String recordName, List<Field> fields) implements Serializable {

    public record Field(String name, String oldValue, String newValue) implements Serializable {
    }

    /** A stable key of the change for the table (its last field row). */
    public String key() {
        return Long.toString(id);
    }
}
