package app.vinculo.integration.entity;

import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serial;
import java.time.Instant;

/** One call to the REST API by a service account: who, when, what, the answer's status and duration. */
@Entity
@Table(name = "API_CALL")
public class ApiCall extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "PRINCIPAL", length = 40, nullable = false, updatable = false)
    private String principal;

    @Column(name = "CALLED_AT", nullable = false, updatable = false)
    private Instant calledAt;

    @Column(name = "METHOD", length = 10, nullable = false, updatable = false)
    private String method;

    @Column(name = "PATH", length = 300, nullable = false, updatable = false)
    private String path;

    @Column(name = "STATUS", nullable = false, updatable = false)
    private int status;

    @Column(name = "DURATION_MS", nullable = false, updatable = false)
    private long durationMillis;

    protected ApiCall() {
    }

    public ApiCall(long accountId, String principal, Instant calledAt, String method, String path, int status,
                   long durationMillis) {
        this.accountId = accountId;
        this.principal = principal;
        this.calledAt = calledAt;
        this.method = method;
        this.path = path.length() > 300 ? path.substring(0, 300) : path;
        this.status = status;
        this.durationMillis = durationMillis;
    }

    public long getAccountId() { return accountId; }
    public String getPrincipal() { return principal; }
    public Instant getCalledAt() { return calledAt; }
    public String getMethod() { return method; }
    public String getPath() { return path; }
    public int getStatus() { return status; }
    public long getDurationMillis() { return durationMillis; }
}
