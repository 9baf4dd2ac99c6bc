package app.vinculo.requirements.boundary;

import app.vinculo.agreements.entity.Currency;
import app.vinculo.requirements.entity.QuoteStatus;

import java.io.Serializable;
import java.math.BigDecimal;

/** Quotes by state and currency: how many and for how much. */
public record PipelineRow(QuoteStatus status, Currency currency, long count, BigDecimal amount) implements Serializable {
}
