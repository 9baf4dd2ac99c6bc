package app.vinculo.reports.entity;

import app.vinculo.platform.audit.AuditMasked;
import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serial;
import java.time.Instant;

/**
 * A user's private iCalendar feed: the SHA-256 of its secret token (the token itself is shown once, never stored).
 * Revoking sets {@code revokedAt}; a user has at most one feed that is not revoked.
 */
@Entity
@Table(name = "CALENDAR_FEED")
@Audited
public class CalendarFeed extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "USERNAME", length = 40, nullable = false, updatable = false)
    private String username;

    @AuditMasked
    @Column(name = "TOKEN_HASH", length = 64, nullable = false, unique = true, updatable = false)
    private String tokenHash;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    @Column(name = "LAST_READ_AT")
    private Instant lastReadAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(String username, String tokenHash) {
        this.username = username;
        this.tokenHash = tokenHash;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public void read(Instant at) {
        lastReadAt = at;
    }

    public String getUsername() { return username; }
    public Instant getRevokedAt() { return revokedAt; }
    public Instant getLastReadAt() { return lastReadAt; }
    public boolean isRevoked() { return revokedAt != null; }
}
