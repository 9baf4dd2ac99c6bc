package app.vinculo.requirements.entity;

import app.vinculo.agreements.entity.Currency;
import app.vinculo.clients.entity.Client;
import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.io.Serial;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A sales quote ("Presupuesto de Venta") for requirements not covered by an A&D agreement. R4.2: only a Project
 * Manager approves its values; nobody edits it after it is sent — a new revision is a new quote that supersedes it.
 */
@Entity
@Table(name = "QUOTE")
@Audited
public class Quote extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "QUOTE_NUMBER", length = 20, nullable = false, unique = true, updatable = false)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "CLIENT_ID", nullable = false, updatable = false)
    private Client client;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "QUOTE_REQUIREMENT", joinColumns = @JoinColumn(name = "QUOTE_ID"))
    @Column(name = "REQUIREMENT_ID", nullable = false)
    private Set<Long> requirementIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "QUOTE_LINE", joinColumns = @JoinColumn(name = "QUOTE_ID"))
    @OrderColumn(name = "SORT_ORDER")
    private List<QuoteLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "CURRENCY", length = 3, nullable = false)
    private Currency currency = Currency.ARS;

    @Column(name = "DISCOUNT_PERCENT", precision = 5, scale = 2, nullable = false)
    private BigDecimal discountPercent = BigDecimal.ZERO;

    @Column(name = "VAT_PERCENT", precision = 5, scale = 2, nullable = false)
    private BigDecimal vatPercent;

    @Column(name = "TOTAL_AMOUNT", precision = 17, scale = 2, nullable = false)
    private BigDecimal total = BigDecimal.ZERO;

    @Column(name = "INSTALMENTS", nullable = false)
    private int instalments = 1;

    @Column(name = "PAYMENT_TERMS", length = 500)
    private String paymentTerms;

    @Column(name = "VALIDITY_DAYS", nullable = false)
    private int validityDays = 30;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 18, nullable = false)
    private QuoteStatus status = QuoteStatus.DRAFT;

    @Column(name = "COMMENTS", length = 2000)
    private String comments;

    @Column(name = "APPROVED_BY", length = 40)
    private String approvedBy;

    @Column(name = "SENT_AT")
    private Instant sentAt;

    @Column(name = "ANSWERED_AT")
    private Instant answeredAt;

    @Column(name = "REJECT_REASON", length = 1000)
    private String rejectReason;

    @Column(name = "SUPERSEDES_ID", updatable = false)
    private Long supersedesId;

    protected Quote() {
    }

    public Quote(String number, Client client, Set<Long> requirementIds, BigDecimal vatPercent) {
        this.number = number;
        this.client = client;
        this.requirementIds.addAll(requirementIds);
        this.vatPercent = vatPercent;
    }

    /** Lines, money and terms — DRAFT only (R4.2). */
    public void edit(List<QuoteLine> lines, Currency currency, BigDecimal discountPercent, int instalments,
                     String paymentTerms, int validityDays) {
        if (!status.editable()) {
            throw new BusinessException("quote.notEditable", status.name());
        }
        if (instalments < 1 || instalments > 60) {
            throw new InvalidInputException("quote.instalmentsInvalid");
        }
        if (validityDays < 1 || validityDays > 365) {
            throw new InvalidInputException("quote.validityInvalid");
        }
        if (paymentTerms != null && paymentTerms.length() > 500) {
            throw new InvalidInputException("quote.termsTooLong");
        }
        this.lines.clear();
        this.lines.addAll(lines);
        this.currency = currency == null ? Currency.ARS : currency;
        this.discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        this.instalments = instalments;
        this.paymentTerms = paymentTerms == null || paymentTerms.isBlank() ? null : paymentTerms.trim();
        this.validityDays = validityDays;
        this.total = totals().total();
    }

    public QuotePricing.Totals totals() {
        return QuotePricing.totals(lines, discountPercent, vatPercent);
    }

    public void submitForApproval() {
        if (lines.isEmpty()) {
            throw new BusinessException("quote.noLines");
        }
        move(EnumSet.of(QuoteStatus.DRAFT), QuoteStatus.PENDING_APPROVAL);
    }

    public void approve(String by) {
        move(EnumSet.of(QuoteStatus.PENDING_APPROVAL), QuoteStatus.APPROVED);
        approvedBy = by;
    }

    public void returnToDraft(String comments) {
        if (comments == null || comments.isBlank()) {
            throw new InvalidInputException("quote.commentsRequired");
        }
        if (comments.trim().length() > 2000) { // refused, never cut
            throw new InvalidInputException("quote.commentsTooLong", 2000);
        }
        move(EnumSet.of(QuoteStatus.PENDING_APPROVAL), QuoteStatus.DRAFT);
        this.comments = comments.trim();
    }

    public void send(Instant at) {
        move(EnumSet.of(QuoteStatus.APPROVED), QuoteStatus.SENT);
        sentAt = at;
    }

    public void accept(Instant at) {
        move(EnumSet.of(QuoteStatus.SENT), QuoteStatus.ACCEPTED);
        answeredAt = at;
    }

    public void reject(String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("quote.rejectReasonRequired");
        }
        if (reason.trim().length() > 1000) { // refused, never cut
            throw new InvalidInputException("quote.rejectReasonTooLong", 1000);
        }
        move(EnumSet.of(QuoteStatus.SENT), QuoteStatus.REJECTED);
        rejectReason = reason.trim();
        answeredAt = at;
    }

    /** Validity passed without an answer. */
    public boolean expiredAt(Instant now) {
        return status == QuoteStatus.SENT && now.isAfter(validUntil());
    }

    public void expire() {
        move(EnumSet.of(QuoteStatus.SENT), QuoteStatus.EXPIRED);
    }

    public Instant validUntil() {
        return sentAt == null ? null : sentAt.plus(Duration.ofDays(validityDays));
    }

    /** A new revision replaces this quote (not once accepted). */
    public Quote revise(String newNumber) {
        if (EnumSet.of(QuoteStatus.ACCEPTED, QuoteStatus.SUPERSEDED).contains(status)) {
            throw new BusinessException("quote.notRevisable", status.name());
        }
        Quote next = new Quote(newNumber, client, requirementIds, vatPercent);
        next.supersedesId = getId();
        next.edit(new ArrayList<>(lines), currency, discountPercent, instalments, paymentTerms, validityDays);
        status = QuoteStatus.SUPERSEDED;
        return next;
    }

    private void move(Set<QuoteStatus> from, QuoteStatus to) {
        if (!from.contains(status)) {
            throw new BusinessException("quote.transitionRefused", status.name(), to.name());
        }
        status = to;
    }

    public String getNumber() { return number; }
    public Client getClient() { return client; }
    public Set<Long> getRequirementIds() { return Collections.unmodifiableSet(requirementIds); }
    public List<QuoteLine> getLines() { return Collections.unmodifiableList(lines); }
    public Currency getCurrency() { return currency; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public BigDecimal getVatPercent() { return vatPercent; }
    public BigDecimal getTotal() { return total; }
    public int getInstalments() { return instalments; }
    public String getPaymentTerms() { return paymentTerms; }
    public int getValidityDays() { return validityDays; }
    public QuoteStatus getStatus() { return status; }
    public String getComments() { return comments; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getSentAt() { return sentAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getRejectReason() { return rejectReason; }
    public Long getSupersedesId() { return supersedesId; }
}
