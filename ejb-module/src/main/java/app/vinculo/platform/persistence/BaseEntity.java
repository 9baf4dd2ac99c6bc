package app.vinculo.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * Surrogate id (from one portable table generator, allocated in blocks of 50), optimistic-lock version,
 * and who/when created and last changed the record — filled in by {@link EntityTracking}.
 */
@MappedSuperclass
@EntityListeners(EntityTracking.class)
public abstract class BaseEntity implements Serializable, app.vinculo.platform.audit.AuditDiff.Identified {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "vinculo_ids")
    @TableGenerator(name = "vinculo_ids", table = "ID_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "GLOBAL", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 80, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT")
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 80)
    private String updatedBy;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void markCreated(String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
    }

    void markUpdated(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    @Override
    public Object auditId() {
        return id;
    }

    /** True when the caller's copy was read before the stored one last changed. */
    public boolean isStale(long expectedVersion) {
        return expectedVersion != version;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) o).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
