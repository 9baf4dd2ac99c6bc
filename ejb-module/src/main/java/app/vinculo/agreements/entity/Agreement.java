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

import java.io.Serial;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A client's agreement of one type for a period (both dates included). Its status comes from the dates and the
 * day asked about; renewal creates a new agreement linked to this one. Never overlaps another of the same client
 * and type (R1.2, checked by the boundary across agreements).
 */
@Entity
@Table(name = "AGREEMENT")
@Audited
public class Agreement extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CLIENT_ID", nullable = false, updatable = false)
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(name = "AGREEMENT_TYPE", length = 30, nullable = false, updatable = false)
    private AgreementType type;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "END_DATE", nullable = false)
    private LocalDate endDate;

    @Column(name = "HOURS")
    private Integer hours;

    @Column(name = "FEE", precision = 15, scale = 2)
    private BigDecimal fee;

    @Enumerated(EnumType.STRING)
    @Column(name = "CURRENCY", length = 3)
    private Currency currency;

    @Column(name = "TERMS", length = 2000)
    private String terms;

    @Column(name = "CANCELLED_AT")
    private Instant cancelledAt;

    @Column(name = "CANCEL_REASON", length = 500)
    private String cancelReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PREVIOUS_ID")
    private Agreement previous;

    protected Agreement() {
    }

    public Agreement(Client client, AgreementType type, LocalDate start, LocalDate end) {
        this.client = client;
        this.type = type;
        period(start, end);
    }

    private void period(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw new InvalidInputException("agreement.datesRequired");
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException("agreement.endBeforeStart");
        }
        this.startDate = start;
        this.endDate = end;
    }

    public void terms(Integer hours, BigDecimal fee, Currency currency, String terms) {
        if (hours != null && hours < 0) {
            throw new InvalidInputException("agreement.hoursNegative");
        }
        if (fee != null && fee.signum() < 0) {
            throw new InvalidInputException("agreement.feeNegative");
        }
        this.hours = hours;
        this.fee = fee == null ? null : fee.setScale(2, RoundingMode.HALF_EVEN);
        this.currency = fee == null ? null : currency == null ? Currency.ARS : currency;
        this.terms = terms == null || terms.isBlank() ? null : terms.trim();
    }

    /** Renewal: a new agreement of the same client and type, linked to this one. */
    public Agreement renew(LocalDate start, LocalDate end) {
        Agreement next = new Agreement(client, type, start, end);
        next.previous = this;
        next.terms(hours, fee, currency, terms);
        return next;
    }

    public void cancel(String reason, Instant at) {
        if (cancelledAt != null) {
            throw new BusinessException("agreement.alreadyCancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("agreement.cancelReasonRequired");
        }
        cancelledAt = at;
        cancelReason = reason.trim();
    }

    public AgreementStatus statusOn(LocalDate day) {
        if (cancelledAt != null) {
            return AgreementStatus.CANCELLED;
        }
        if (day.isBefore(startDate)) {
            return AgreementStatus.FUTURE;
        }
        return day.isAfter(endDate) ? AgreementStatus.EXPIRED : AgreementStatus.ACTIVE;
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(endDate) && !end.isBefore(startDate);
    }

    public Client getClient() { return client; }
    public AgreementType getType() { return type; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public Integer getHours() { return hours; }
    public BigDecimal getFee() { return fee; }
    public Currency getCurrency() { return currency; }
    public String getTerms() { return terms; }
    public Instant getCancelledAt() { return cancelledAt; }
    public String getCancelReason() { return cancelReason; }
    public Agreement getPrevious() { return previous; }
    public boolean isCancelled() { return cancelledAt != null; }
}
