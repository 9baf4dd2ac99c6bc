package app.vinculo.agreements.entity;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.Contact;
import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serial;
import java.time.Instant;

/** A request for assistance from a client user, and what the gate decided (R1.3). */
@Entity
@Table(name = "ASSISTANCE_REQUEST")
@Audited
public class AssistanceRequest extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CLIENT_ID", nullable = false, updatable = false)
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "CONTACT_ID", updatable = false)
    private Contact contact;

    @Column(name = "REQUESTED_AT", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "DESCRIPTION", length = 2000, nullable = false, updatable = false)
    private String description;

    @Column(name = "ALLOWED", nullable = false, updatable = false)
    private boolean allowed;

    @Enumerated(EnumType.STRING)
    @Column(name = "REFUSAL_REASON", length = 20, updatable = false)
    private GateReason refusalReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "CASE_ID", updatable = false)
    private RegularizationCase regularizationCase;

    protected AssistanceRequest() {
    }

    public AssistanceRequest(Client client, Contact contact, String description, Instant at, GateDecision decision,
                             RegularizationCase referral) {
        this.client = client;
        this.contact = contact;
        this.description = description.trim();
        this.requestedAt = at;
        this.allowed = decision.allowed();
        this.refusalReason = decision.reason();
        this.regularizationCase = referral;
    }

    public Client getClient() { return client; }
    public Contact getContact() { return contact; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getDescription() { return description; }
    public boolean isAllowed() { return allowed; }
    public GateReason getRefusalReason() { return refusalReason; }
    public RegularizationCase getRegularizationCase() { return regularizationCase; }
}
