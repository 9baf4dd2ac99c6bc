package app.vinculo.agreements.boundary;

import app.vinculo.agreements.entity.AgreementStatus;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.Currency;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An agreement as the client page lists it, with its status today. */
public record AgreementRow(Long id, long version, Long clientId, AgreementType type, LocalDate start, LocalDate end,
                           AgreementStatus status, Integer hours, BigDecimal fee, Currency currency, String terms,
                           Instant cancelledAt, String cancelReason, Long previousId) implements Serializable {
}
