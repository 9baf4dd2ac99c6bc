package app.vinculo.clients.entity;

import app.vinculo.platform.audit.AuditIgnored;
import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.i18n.SortKey;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.io.Serial;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A customer company in scope of the procedure. Only active clients take part in it (R1.1). */
@Entity
@Table(name = "CLIENT")
@Audited
public class Client extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "LEGAL_NAME", length = 200, nullable = false)
    private String legalName;

    /** The legal name as it sorts (platform.i18n.SortKey): lists order by it, never by the raw name. */
    @AuditIgnored
    @Column(name = "SORT_NAME", length = 200)
    private String sortName;

    @Column(name = "TRADE_NAME", length = 200)
    private String tradeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "TAX_ID_KIND", length = 10, nullable = false)
    private TaxId.Kind taxIdKind;

    @Column(name = "TAX_ID", length = 30, nullable = false, unique = true)
    private String taxId;

    @Column(name = "INDUSTRY", length = 100)
    private String industry;

    @Column(name = "ADDRESS", length = 300)
    private String address;

    @Column(name = "PHONES", length = 100)
    private String phones;

    @Column(name = "WEB", length = 200)
    private String web;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Column(name = "LEAD_CONSULTANT", length = 40)
    private String leadConsultant;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "CLIENT_CONSULTANT", joinColumns = @JoinColumn(name = "CLIENT_ID"))
    @Column(name = "USERNAME", length = 40, nullable = false)
    private Set<String> consultants = new LinkedHashSet<>();

    @Column(name = "NOTES", length = 4000)
    private String notes;

    /** Last recorded contact (follow-up, visit, course); kept by the features that record contacts. */
    @AuditIgnored
    @Column(name = "LAST_CONTACT_AT")
    private Instant lastContactAt;

    protected Client() {
    }

    public Client(String legalName, TaxId.Kind taxIdKind, String taxId) {
        this.legalName = legalName;
        this.sortName = SortKey.of(legalName);
        this.taxIdKind = taxIdKind;
        this.taxId = taxId;
    }

    public void describe(String legalName, String tradeName, TaxId.Kind kind, String taxId, String industry,
                         String address, String phones, String web, String notes) {
        this.legalName = legalName.trim();
        this.sortName = SortKey.of(this.legalName);
        this.tradeName = blankToNull(tradeName);
        this.taxIdKind = kind;
        this.taxId = taxId;
        this.industry = blankToNull(industry);
        this.address = blankToNull(address);
        this.phones = blankToNull(phones);
        this.web = blankToNull(web);
        this.notes = blankToNull(notes);
    }

    /** Lead and other consultants (the lead is always one of them). */
    public void assign(String lead, Set<String> others) {
        this.leadConsultant = lead;
        this.consultants.clear();
        if (lead != null) {
            this.consultants.add(lead);
        }
        this.consultants.addAll(others);
    }

    public void deactivate() {
        if (!active) {
            throw new BusinessException("client.alreadyInactive");
        }
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public void contacted(Instant at) {
        if (lastContactAt == null || at.isAfter(lastContactAt)) {
            lastContactAt = at;
        }
    }

    /** R3.1: active and no recorded contact for more than {@code days} days (never contacted: counted from creation). */
    public boolean isAtRisk(Instant now, int days) {
        Instant reference = lastContactAt != null ? lastContactAt : getCreatedAt();
        return active && reference != null && reference.isBefore(now.minus(java.time.Duration.ofDays(days)));
    }

    public boolean isServedBy(String username) {
        return username != null && (username.equals(leadConsultant) || consultants.contains(username));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getLegalName() { return legalName; }
    public String getSortName() { return sortName; }

    /** For rows written before sort keys existed (clients.control.SortKeyBackfill). */
    public void refreshSortName() {
        this.sortName = SortKey.of(legalName);
    }
    public String getTradeName() { return tradeName; }
    public TaxId.Kind getTaxIdKind() { return taxIdKind; }
    public String getTaxId() { return taxId; }
    public String getIndustry() { return industry; }
    public String getAddress() { return address; }
    public String getPhones() { return phones; }
    public String getWeb() { return web; }
    public boolean isActive() { return active; }
    public String getLeadConsultant() { return leadConsultant; }
    public Set<String> getConsultants() { return Collections.unmodifiableSet(consultants); }
    public String getNotes() { return notes; }
    public Instant getLastContactAt() { return lastContactAt; }

    /** The name people use: the trade name when there is one. */
    public String displayName() {
        return tradeName != null ? tradeName : legalName;
    }
}
