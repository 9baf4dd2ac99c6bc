package app.vinculo.platform.security;

import app.vinculo.platform.audit.AuditMasked;
import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serial;
import java.time.Instant;

/**
 * A program (the helpdesk, the ERP) that calls the REST API with a bearer token. Only the SHA-256 of the token is
 * kept; the token itself is shown once, when the account is created. A revoked account never authenticates again.
 * Scopes: {@code read} (GET) and {@code write} (POST). Its principal name is {@value #PRINCIPAL_PREFIX} + name, so
 * that the audit trail and the records it creates never confuse it with a person.
 */
@Entity
@Table(name = "SERVICE_ACCOUNT")
@Audited
public class ServiceAccount extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String PRINCIPAL_PREFIX = "api:";

    @Column(name = "NAME", length = 36, nullable = false, unique = true, updatable = false)
    private String name;

    @Column(name = "DESCRIPTION", length = 200)
    private String description;

    @Column(name = "CAN_READ", nullable = false)
    private boolean canRead;

    @Column(name = "CAN_WRITE", nullable = false)
    private boolean canWrite;

    @Column(name = "REQUESTS_PER_MINUTE", nullable = false)
    private int requestsPerMinute;

    @AuditMasked
    @Column(name = "TOKEN_HASH", length = 64, nullable = false, unique = true, updatable = false)
    private String tokenHash;

    /** The token's first characters, so that an admin can tell tokens apart without seeing them. */
    @Column(name = "TOKEN_HINT", length = 12, nullable = false, updatable = false)
    private String tokenHint;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    @Column(name = "REVOKED_BY", length = 80)
    private String revokedBy;

    protected ServiceAccount() {
    }

    public ServiceAccount(String name, String description, boolean canRead, boolean canWrite, int requestsPerMinute,
                          String tokenHash, String tokenHint) {
        this.name = name;
        this.description = description;
        this.canRead = canRead;
        this.canWrite = canWrite;
        this.requestsPerMinute = requestsPerMinute;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
    }

    public void revoke(String by, Instant at) {
        if (revokedAt != null) {
            throw new BusinessException("serviceAccount.alreadyRevoked", name);
        }
        revokedAt = at;
        revokedBy = by;
    }

    public String principalName() {
        return PRINCIPAL_PREFIX + name;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getName() { return name; }
    public String getDescription() { return description; }
    public boolean isCanRead() { return canRead; }
    public boolean isCanWrite() { return canWrite; }
    public int getRequestsPerMinute() { return requestsPerMinute; }
    public String getTokenHint() { return tokenHint; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
}
