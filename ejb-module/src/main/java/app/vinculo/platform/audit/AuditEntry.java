package app.vinculo.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One field change of one audited record. Written by SQL in the writer's transaction; read-only here. */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "ACTOR", nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "ENTITY_TYPE", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "ENTITY_ID", nullable = false, updatable = false)
    private String entityId;

    @Column(name = "FIELD_NAME", updatable = false)
    private String field;

    @Column(name = "OLD_VALUE", updatable = false)
    private String oldValue;

    @Column(name = "NEW_VALUE", updatable = false)
    private String newValue;

    protected AuditEntry() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
