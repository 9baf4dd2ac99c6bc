package app.vinculo.requirements.web;

import app.vinculo.platform.web.PdfParts;
import app.vinculo.platform.web.Texts;
import app.vinculo.requirements.boundary.LineForm;
import app.vinculo.requirements.boundary.QuoteDetail;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static app.vinculo.platform.web.PdfParts.cell;
import static app.vinculo.platform.web.PdfParts.fact;
import static app.vinculo.platform.web.PdfParts.header;
import static app.vinculo.platform.web.PdfParts.or;
import static app.vinculo.platform.web.PdfParts.section;
import static app.vinculo.platform.web.PdfParts.text;

/**
 * The sales quote ("Presupuesto de Venta") as PDF, with OpenPDF: letterhead, number, client, requirements, lines,
 * totals (es-AR money), financing, payment terms and validity.
 */
public final class QuoteReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color PRIMARY = new Color(0x1f, 0x5f, 0xa8);

    /** What the PDF shows: the quote, the zone of its dates and the titles of its requirements. */
    public record Data(QuoteDetail quote, ZoneId zone, List<String> requirementTitles) {
    }

    private QuoteReport() {
    }

    public static byte[] render(Data data, Locale locale) {
        QuoteDetail q = data.quote();
        String currency = q.currency() == null ? "ARS" : q.currency().name();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, PRIMARY);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, PRIMARY);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font muted = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.GRAY);
        return PdfParts.write(PageSize.A4, 48, 48, t(locale, "quote.report.title") + " " + q.number(), doc -> {
            doc.add(new Paragraph(t(locale, "quote.report.letterhead"), title));
            doc.add(new Paragraph(q.number(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            doc.add(Chunk.NEWLINE);

            PdfPTable facts = new PdfPTable(new float[]{1.4f, 3.6f});
            facts.setWidthPercentage(100);
            fact(facts, t(locale, "quote.client"), or(q.clientName()), bold, normal);
            fact(facts, t(locale, "quote.date"), or(q.createdAt() == null ? "" : DATE.format(q.createdAt().atZone(data.zone()))),
                    bold, normal);
            fact(facts, t(locale, "quote.currency"), or(t(locale, "quote.currency." + currency)), bold, normal);
            fact(facts, t(locale, "quote.requirements"), or(String.join(" · ", data.requirementTitles())), bold, normal);
            doc.add(facts);

            section(doc, t(locale, "quote.section.lines"), heading);
            PdfPTable lines = new PdfPTable(new float[]{0.4f, 4.2f, 1.1f, 1.7f, 1.8f});
            lines.setWidthPercentage(100);
            for (String h : List.of("#", t(locale, "quote.line.description"), t(locale, "quote.line.quantity"),
                    t(locale, "quote.line.unitPrice"), t(locale, "quote.line.amount"))) {
                header(lines, h, bold);
            }
            for (int i = 0; i < q.lines().size(); i++) {
                LineForm l = q.lines().get(i);
                cell(lines, String.valueOf(i + 1), normal, Element.ALIGN_LEFT);
                cell(lines, l.getDescription(), normal, Element.ALIGN_LEFT);
                cell(lines, number(l.getQuantity()), normal, Element.ALIGN_RIGHT);
                cell(lines, money(l.getUnitPrice(), currency), normal, Element.ALIGN_RIGHT);
                cell(lines, money(q.lineAmounts().get(i), currency), normal, Element.ALIGN_RIGHT);
            }
            doc.add(lines);

            PdfPTable totals = new PdfPTable(new float[]{3.2f, 1.8f});
            totals.setWidthPercentage(50);
            totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
            totals.setSpacingBefore(8);
            total(totals, t(locale, "quote.subtotal"), money(q.totals().subtotal(), currency), normal);
            total(totals, t(locale, "quote.discount", number(q.discountPercent())), "- " + money(q.totals().discount(), currency), normal);
            total(totals, t(locale, "quote.net"), money(q.totals().net(), currency), normal);
            total(totals, t(locale, "quote.vat", number(q.vatPercent())), money(q.totals().vat(), currency), normal);
            total(totals, t(locale, "quote.total"), money(q.totals().total(), currency), bold);
            doc.add(totals);

            section(doc, t(locale, "quote.section.terms"), heading);
            text(doc, t(locale, "quote.instalments"), String.valueOf(q.instalments()), bold, normal);
            text(doc, t(locale, "quote.paymentTerms"), q.paymentTerms(), bold, normal);
            text(doc, t(locale, "quote.validity"), t(locale, "quote.validity.days", q.validityDays())
                    + (q.validUntil() == null ? "" : " · " + t(locale, "quote.validUntil") + " "
                    + DATE.format(q.validUntil().atZone(data.zone()))), bold, normal);

            doc.add(Chunk.NEWLINE);
            doc.add(new Paragraph(t(locale, "quote.report.footer"), muted));
        });
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

    private static String t(Locale locale, String key, Object... args) {
        return Texts.text(locale, key, args);
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
