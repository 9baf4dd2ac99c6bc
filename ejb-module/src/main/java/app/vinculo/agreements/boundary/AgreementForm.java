package app.vinculo.agreements.boundary;

import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.Currency;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new agreement (or a renewal's period and terms) as typed by a Project Manager. */
public class AgreementForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{agreement.type.required}")
    private AgreementType type = AgreementType.SUPPORT_MAINTENANCE;

    @NotNull(message = "{agreement.start.required}")
    private LocalDate start;

    @NotNull(message = "{agreement.end.required}")
    private LocalDate end;

    @PositiveOrZero(message = "{agreement.hours.invalid}")
    @Max(value = 100000, message = "{agreement.hours.invalid}")
    private Integer hours;

    @PositiveOrZero(message = "{agreement.fee.invalid}")
    @DecimalMax(value = "9999999999999", message = "{agreement.fee.invalid}")
    private BigDecimal fee;

    private Currency currency = Currency.ARS;

    @Size(max = 2000, message = "{agreement.terms.size}")
    private String terms;

    public AgreementType getType() { return type; }
    public void setType(AgreementType v) { type = v; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate v) { start = v; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate v) { end = v; }
    public Integer getHours() { return hours; }
    public void setHours(Integer v) { hours = v; }
    public BigDecimal getFee() { return fee; }
    public void setFee(BigDecimal v) { fee = v; }
    public Currency getCurrency() { return currency; }
    public void setCurrency(Currency v) { currency = v; }
    public String getTerms() { return terms; }
    public void setTerms(String v) { terms = v; }
}
