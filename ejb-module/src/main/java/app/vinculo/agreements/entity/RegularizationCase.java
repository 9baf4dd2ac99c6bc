package app.vinculo.agreements.entity;

import app.vinculo.clients.entity.Client;
import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.io.Serial;
import java.time.Instant;

/**
 * "Regularización comercial" (R1.4): a client without a valid A&M agreement asked for assistance; the Project
 * Managers must regularise the commercial situation. At most one open case per client (reused by later refusals).
 */
@Entity
@Table(name = "REGULARIZATION_CASE")
@Audited
public class RegularizationCase extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "CLIENT_ID", nullable = false, updatable = false)
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private RegularizationStatus status = RegularizationStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "REASON", length = 20, nullable = false, updatable = false)
    private GateReason reason;

    @Column(name = "OPENED_AT", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "REFUSALS", nullable = false)
    private int refusals = 1;

    @Column(name = "LAST_REQUEST", length = 1000)
    private String lastRequest;

    @Column(name = "NOTES", length = 2000)
    private String notes;

    @Column(name = "DECLINE_REASON", length = 1000)
    private String declineReason;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    protected RegularizationCase() {
    }

    public RegularizationCase(Client client, GateReason reason, String request, Instant at) {
        this.client = client;
        this.reason = reason;
        this.openedAt = at;
        this.lastRequest = cut(request);
    }

    /** Another refused request while the case is open. */
    public void referredAgain(String request) {
        refusals++;
        lastRequest = cut(request);
    }

    public void startNegotiation(String notes) {
        require(status == RegularizationStatus.OPEN, "IN_NEGOTIATION");
        status = RegularizationStatus.IN_NEGOTIATION;
        addNotes(notes);
    }

    public void decline(String reason, Instant at) {
        require(!status.isClosed(), "DECLINED");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("regularization.declineReasonRequired");
        }
        status = RegularizationStatus.DECLINED;
        declineReason = cut(reason);
        closedAt = at;
    }

    /** Closed because the client now has an active A&M agreement. */
    public void regularized(Instant at) {
        require(!status.isClosed(), "REGULARIZED");
        status = RegularizationStatus.REGULARIZED;
        closedAt = at;
    }

    public void addNotes(String more) {
        if (more != null && !more.isBlank()) {
            String joined = notes == null ? more.trim() : notes + "\n" + more.trim();
            notes = joined.length() > 2000 ? joined.substring(joined.length() - 2000) : joined;
        }
    }

    private void require(boolean allowed, String target) {
        if (!allowed) {
            throw new BusinessException("regularization.transitionRefused", status.name(), target);
        }
    }

    private static String cut(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        return t.length() > 1000 ? t.substring(0, 1000) : t;
    }

    public Client getClient() { return client; }
    public RegularizationStatus getStatus() { return status; }
    public GateReason getReason() { return reason; }
    public Instant getOpenedAt() { return openedAt; }
    public int getRefusals() { return refusals; }
    public String getLastRequest() { return lastRequest; }
    public String getNotes() { return notes; }
    public String getDeclineReason() { return declineReason; }
    public Instant getClosedAt() { return closedAt; }
}
