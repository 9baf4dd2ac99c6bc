package app.vinculo.requirements.web;

import app.vinculo.platform.web.PdfReport;
import app.vinculo.requirements.boundary.LineForm;
import app.vinculo.requirements.boundary.QuoteDetail;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static app.vinculo.platform.web.PdfParts.or;

/**
 * The sales quote ("Presupuesto de Venta") as PDF: letterhead, number, client, requirements, lines, totals (es-AR
 * money), financing, payment terms and validity.
 */
public final class QuoteReport extends PdfReport {

    /** What the PDF shows: the quote, the zone of its dates and the titles of its requirements. */
    public record Data(QuoteDetail quote, ZoneId zone, List<String> requirementTitles) {
    }

    private final Data data;
    private final QuoteDetail q;
    private final String currency;

    private QuoteReport(Data data, Locale locale) {
        super(locale, Page.portrait(48, 48), 18, 10);
        this.data = data;
        this.q = data.quote();
        this.currency = q.currency() == null ? "ARS" : q.currency().name();
    }

    public static byte[] render(Data data, Locale locale) {
        return new QuoteReport(data, locale).render();
    }

    @Override
    protected String documentTitle() {
        return t("quote.report.title") + " " + q.number();
    }

    @Override
    protected void body(Document doc) {
        letterhead(doc, t("quote.report.letterhead"), q.number(), 14);

        PdfPTable facts = table(1.4f, 3.6f);
        fact(facts, t("quote.client"), or(q.clientName()));
        fact(facts, t("quote.date"), or(date(q.createdAt(), data.zone())));
        fact(facts, t("quote.currency"), or(t("quote.currency." + currency)));
        fact(facts, t("quote.requirements"), or(String.join(" · ", data.requirementTitles())));
        doc.add(facts);

        section(doc, t("quote.section.lines"));
        PdfPTable lines = table(0.4f, 4.2f, 1.1f, 1.7f, 1.8f);
        headers(lines, "#", t("quote.line.description"), t("quote.line.quantity"), t("quote.line.unitPrice"),
                t("quote.line.amount"));
        for (int i = 0; i < q.lines().size(); i++) {
            LineForm l = q.lines().get(i);
            cell(lines, String.valueOf(i + 1));
            cell(lines, l.getDescription());
            cell(lines, number(l.getQuantity()), Element.ALIGN_RIGHT);
            cell(lines, money(l.getUnitPrice(), currency), Element.ALIGN_RIGHT);
            cell(lines, money(q.lineAmounts().get(i), currency), Element.ALIGN_RIGHT);
        }
        doc.add(lines);

        PdfPTable totals = new PdfPTable(new float[]{3.2f, 1.8f});
        totals.setWidthPercentage(50);
        totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
        totals.setSpacingBefore(8);
        total(totals, t("quote.subtotal"), money(q.totals().subtotal(), currency), normal);
        total(totals, t("quote.discount", number(q.discountPercent())), "- " + money(q.totals().discount(), currency), normal);
        total(totals, t("quote.net"), money(q.totals().net(), currency), normal);
        total(totals, t("quote.vat", number(q.vatPercent())), money(q.totals().vat(), currency), normal);
        total(totals, t("quote.total"), money(q.totals().total(), currency), bold);
        doc.add(totals);

        section(doc, t("quote.section.terms"));
        text(doc, t("quote.instalments"), String.valueOf(q.instalments()));
        text(doc, t("quote.paymentTerms"), q.paymentTerms());
        text(doc, t("quote.validity"), t("quote.validity.days", q.validityDays())
                + (q.validUntil() == null ? "" : " · " + t("quote.validUntil") + " "
                + date(q.validUntil(), data.zone())));

        closing(doc, t("quote.report.footer"));
    }

    /** Money as es-AR writes it: {@code $ 1.234,56} or {@code US$ 1.234,56}. */
    static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        return ("USD".equals(currency) ? "US$ " : "$ ") + format("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : format("#,##0.##").format(n);
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.forLanguageTag("es-AR"));
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        return new DecimalFormat(pattern, symbols);
    }

    private static void total(PdfPTable table, String label, String value, Font font) {
        PdfPCell l = new PdfPCell(new Phrase(label, font));
        l.setBorder(0);
        l.setPadding(3);
        table.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value, font));
        v.setBorder(0);
        v.setPadding(3);
        v.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(v);
    }
}
