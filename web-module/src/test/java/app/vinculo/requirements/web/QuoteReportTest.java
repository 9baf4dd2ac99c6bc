package app.vinculo.requirements.web;

import app.vinculo.agreements.entity.Currency;
import app.vinculo.platform.web.PdfText;
import app.vinculo.platform.web.Texts;
import app.vinculo.requirements.boundary.LineForm;
import app.vinculo.requirements.boundary.QuoteDetail;
import app.vinculo.requirements.entity.QuotePricing;
import app.vinculo.requirements.entity.QuoteStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteReportTest {

    private static QuoteDetail quote() {
        List<LineForm> lines = List.of(new LineForm("Análisis del reporte", new BigDecimal("10.00"), new BigDecimal("15000.00")),
                new LineForm("Desarrollo y pruebas", new BigDecimal("24.50"), new BigDecimal("15000.00")));
        QuotePricing.Totals totals = new QuotePricing.Totals(new BigDecimal("517500.00"), new BigDecimal("25875.00"),
                new BigDecimal("491625.00"), new BigDecimal("103241.25"), new BigDecimal("594866.25"));
        return new QuoteDetail(5L, 2, "PV-2026-0007", 3L, "Metalúrgica Andina", Set.of(9L), lines,
                List.of(new BigDecimal("150000.00"), new BigDecimal("367500.00")), Currency.ARS, new BigDecimal("5"),
                new BigDecimal("21"), totals, 3, "30 % anticipo, saldo en 2 cuotas", 30, QuoteStatus.SENT, null, "gerente",
                Instant.parse("2026-05-04T13:00:00Z"), Instant.parse("2026-06-03T13:00:00Z"), null, null, null,
                Instant.parse("2026-05-02T13:00:00Z"));
    }

    private static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }

    @Test
    @DisplayName("the quote PDF has the letterhead, client, lines, es-AR totals, terms and validity")
    void pdfHasTheQuote() throws Exception {
        byte[] pdf = QuoteReport.render(new QuoteReport.Data(quote(), ZoneId.of("America/Argentina/Buenos_Aires"),
                List.of("Reporte de ventas por zona")), Texts.SPANISH);
        assertTrue(pdf.length > 500);
        String text = text(pdf);
        for (String expected : List.of("Vínculo — Presupuesto de Venta", "PV-2026-0007", "Metalúrgica Andina",
                "Reporte de ventas por zona", "Análisis del reporte", "Desarrollo y pruebas", "$ 367.500,00",
                "$ 517.500,00", "$ 25.875,00", "$ 103.241,25", "$ 594.866,25", "30 % anticipo", "30 días", "03/06/2026")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    @DisplayName("dollars are written US$ with es-AR separators")
    void dollars() {
        assertTrue(QuoteReport.money(new BigDecimal("1234.565"), "USD").equals("US$ 1.234,56"));
        assertTrue(QuoteReport.money(new BigDecimal("1234.5"), "ARS").equals("$ 1.234,50"));
    }
}
