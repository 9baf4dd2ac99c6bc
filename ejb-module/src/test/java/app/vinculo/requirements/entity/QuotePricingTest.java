package app.vinculo.requirements.entity;

import app.vinculo.platform.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuotePricingTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    @DisplayName("totals: lines, discount on the subtotal, VAT 21 % on the net, every amount half-even to cents")
    void totals() {
        List<QuoteLine> lines = List.of(QuotePricing.line("Desarrollo de reporte", d("12.5"), d("18000")),
                QuotePricing.line("Capacitación", d("3"), d("9999.995")));
        QuotePricing.Totals t = QuotePricing.totals(lines, d("7.5"), d("21"));
        assertEquals(d("225000.00"), QuotePricing.lineAmount(lines.get(0)));
        assertEquals(d("30000.00"), QuotePricing.lineAmount(lines.get(1)), "unit price 9999.995 rounds half-even to 10000.00");
        assertEquals(d("255000.00"), t.subtotal());
        assertEquals(d("19125.00"), t.discount());
        assertEquals(d("235875.00"), t.net());
        assertEquals(d("49533.75"), t.vat());
        assertEquals(d("285408.75"), t.total());
    }

    @Test
    @DisplayName("half-even rounding: 0.125 → 0.12 and 0.135 → 0.14; a zero-price line is allowed")
    void halfEven() {
        assertEquals(d("0.12"), QuotePricing.totals(List.of(QuotePricing.line("a", d("1"), d("0.125"))), null, null).total());
        assertEquals(d("0.14"), QuotePricing.totals(List.of(QuotePricing.line("a", d("1"), d("0.135"))), null, null).total());
        assertEquals(d("0.00"), QuotePricing.totals(List.of(QuotePricing.line("Bonificado", d("2"), d("0"))), d("10"), d("21")).total());
    }

    @Test
    @DisplayName("VAT on an awkward net: 33.33 × 21 % = 6.9993 → 7.00; no lines, no money")
    void awkward() {
        QuotePricing.Totals t = QuotePricing.totals(List.of(QuotePricing.line("x", d("3"), d("11.11"))), null, d("21"));
        assertEquals(d("33.33"), t.net());
        assertEquals(d("7.00"), t.vat());
        assertEquals(d("40.33"), t.total());
        assertEquals(d("0.00"), QuotePricing.totals(List.of(), d("5"), d("21")).total());
    }

    @Test
    @DisplayName("invalid lines and percentages are refused with their reason")
    void invalid() {
        assertEquals("quote.lineQuantityInvalid", assertThrows(InvalidInputException.class,
                () -> QuotePricing.line("x", d("0"), d("1"))).messageKey());
        assertEquals("quote.linePriceInvalid", assertThrows(InvalidInputException.class,
                () -> QuotePricing.line("x", d("1"), d("-1"))).messageKey());
        assertEquals("quote.lineDescriptionInvalid", assertThrows(InvalidInputException.class,
                () -> QuotePricing.line(" ", d("1"), d("1"))).messageKey());
        assertEquals("quote.percentInvalid", assertThrows(InvalidInputException.class,
                () -> QuotePricing.totals(List.of(), d("101"), d("21"))).messageKey());
    }

    @Test
    @DisplayName("quote numbers are PV-<year>-<four digits>, growing past 9999")
    void numbers() {
        assertEquals("PV-2026-0001", QuotePricing.number(2026, 1));
        assertEquals("PV-2026-0427", QuotePricing.number(2026, 427));
        assertEquals("PV-2027-12345", QuotePricing.number(2027, 12345));
    }
}
