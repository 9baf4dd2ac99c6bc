package app.vinculo.requirements.entity;

import app.vinculo.platform.error.InvalidInputException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Quote totals in BigDecimal, each amount rounded half-even to cents: line amounts (quantity × unit price), subtotal,
 * discount (a percentage of the subtotal), net, VAT (a percentage of the net), total.
 */
public final class QuotePricing {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private QuotePricing() {
    }

    public record Totals(BigDecimal subtotal, BigDecimal discount, BigDecimal net, BigDecimal vat, BigDecimal total)
            implements Serializable {
    }

    public static BigDecimal lineAmount(QuoteLine line) {
        return cents(line.getQuantity().multiply(line.getUnitPrice()));
    }

    public static Totals totals(List<QuoteLine> lines, BigDecimal discountPercent, BigDecimal vatPercent) {
        BigDecimal subtotal = cents(lines.stream().map(QuotePricing::lineAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal discount = cents(subtotal.multiply(percent(discountPercent)).divide(HUNDRED, 10, RoundingMode.HALF_EVEN));
        BigDecimal net = subtotal.subtract(discount);
        BigDecimal vat = cents(net.multiply(percent(vatPercent)).divide(HUNDRED, 10, RoundingMode.HALF_EVEN));
        return new Totals(subtotal, discount, net, vat, net.add(vat));
    }

    /** Validates a line as typed: a description, a positive quantity, a non-negative price, sane sizes. */
    public static QuoteLine line(String description, BigDecimal quantity, BigDecimal unitPrice) {
        if (description == null || description.isBlank() || description.length() > 500) {
            throw new InvalidInputException("quote.lineDescriptionInvalid");
        }
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(new BigDecimal("9999999")) > 0) {
            throw new InvalidInputException("quote.lineQuantityInvalid");
        }
        if (unitPrice == null || unitPrice.signum() < 0 || unitPrice.compareTo(new BigDecimal("9999999999999")) > 0) {
            throw new InvalidInputException("quote.linePriceInvalid");
        }
        return new QuoteLine(description.trim(), quantity.setScale(2, RoundingMode.HALF_EVEN), cents(unitPrice));
    }

    static BigDecimal percent(BigDecimal p) {
        if (p == null) {
            return BigDecimal.ZERO;
        }
        if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("quote.percentInvalid");
        }
        return p;
    }

    static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** {@code PV-2026-0001}: the year and a four-digit (or longer) sequence. */
    public static String number(int year, int sequence) {
        return String.format("PV-%d-%04d", year, sequence);
    }
}
