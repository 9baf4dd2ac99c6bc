package app.vinculo.requirements.boundary;

import app.vinculo.agreements.entity.Currency;
import app.vinculo.requirements.entity.QuotePricing;
import app.vinculo.requirements.entity.QuoteStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A quote with its lines and totals. */
public record QuoteDetail(Long id, long version, String number, Long clientId, String clientName, Set<Long> requirementIds,
                          List<LineForm> lines, List<BigDecimal> lineAmounts, Currency currency, BigDecimal discountPercent,
                          BigDecimal vatPercent, QuotePricing.Totals totals, int instalments, String paymentTerms,
                          int validityDays, QuoteStatus status, String comments, String approvedBy, Instant sentAt,
                          Instant validUntil, Instant answeredAt, String rejectReason, Long supersedesId,
                          Instant createdAt) implements Serializable {
}
