package app.vinculo.platform.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The base of the printed reports (visit report, quote, campaign report, RCU report, certificate, evidence pack), with
 * OpenPDF: the document (A4 portrait or landscape, its margins, its title in the file's properties), the reader's
 * language, the report fonts in the portal's colour, the letterhead, tables as wide as the page with their header
 * row, and the closing line. One report is one instance: its constructor takes what it shows, {@link #body} writes
 * it, {@link #render()} returns the finished file. The blocks themselves (sections, facts, cells) are {@link PdfParts}.
 */
public abstract class PdfReport {

    /** The portal's colour: report names, section headings. */
    public static final Color PRIMARY = new Color(0x1f, 0x5f, 0xa8);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The page: A4 upright or lying, and its margins (left and right, top and bottom) in points. */
    public record Page(Rectangle size, float side, float top) {

        public static Page portrait(float side, float top) {
            return new Page(PageSize.A4, side, top);
        }

        /** For wide tables. */
        public static Page landscape(float side, float top) {
            return new Page(PageSize.A4.rotate(), side, top);
        }
    }

    protected final Locale locale;
    /** The report's name. */
    protected final Font title;
    /** Section headings. */
    protected final Font heading;
    /** Labels and table headers. */
    protected final Font bold;
    /** Text and table cells. */
    protected final Font normal;
    /** Notes in grey, one point smaller. */
    protected final Font muted;
    private final Page page;

    /**
     * @param titleSize the report name's size in points
     * @param textSize  the text's size (labels, cells); headings are 12 points
     */
    protected PdfReport(Locale locale, Page page, float titleSize, float textSize) {
        this.locale = locale;
        this.page = page;
        this.title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, titleSize, PRIMARY);
        this.heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, PRIMARY);
        this.bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, textSize);
        this.normal = FontFactory.getFont(FontFactory.HELVETICA, textSize);
        this.muted = FontFactory.getFont(FontFactory.HELVETICA, textSize - 1, Color.GRAY);
    }

    /** The title in the file's properties. */
    protected abstract String documentTitle();

    /** Writes the report into the open document. */
    protected abstract void body(Document doc) throws DocumentException;

    /** The finished PDF. */
    public byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(page.size(), page.side(), page.side(), page.top(), page.top());
        String name = documentTitle();
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(name);
            doc.open();
            body(doc);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF \"" + name + "\"", e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    /** A text of the bundles in the report's language. */
    protected String t(String key, Object... args) {
        return Texts.text(locale, key, args);
    }

    /** The report's name in the portal's colour, what it is about below it in bold, then a blank line. */
    protected void letterhead(Document doc, String name, String about, float aboutSize) {
        doc.add(new Paragraph(name, title));
        doc.add(new Paragraph(about, FontFactory.getFont(FontFactory.HELVETICA_BOLD, aboutSize)));
        doc.add(Chunk.NEWLINE);
    }

    /** A table as wide as the page with these relative column widths. */
    protected static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    /** A table of {@code percent} of the page's width, on the left. */
    protected static PdfPTable leftTable(float percent, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(percent);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    /** The header row of a table. */
    protected void headers(PdfPTable table, String... texts) {
        for (String text : texts) {
            PdfParts.header(table, text, bold);
        }
    }

    /** A body cell, left-aligned. */
    protected void cell(PdfPTable table, String text) {
        PdfParts.cell(table, text, normal, Element.ALIGN_LEFT);
    }

    /** A body cell aligned as {@link Element} says (numbers: {@code ALIGN_RIGHT}). */
    protected void cell(PdfPTable table, String text, int align) {
        PdfParts.cell(table, text, normal, align);
    }

    /** A label and its value as one borderless row of a facts table. */
    protected void fact(PdfPTable table, String label, String value) {
        PdfParts.fact(table, label, value, bold, normal);
    }

    /** A section heading. */
    protected void section(Document doc, String text) {
        PdfParts.section(doc, text, heading);
    }

    /** "Label: value" on one line (a dash when there is no value). */
    protected void text(Document doc, String label, String value) {
        PdfParts.text(doc, label, value, bold, normal);
    }

    /** A blank line, then a line in grey: who issued the report, what it is for. */
    protected void closing(Document doc, String text) {
        doc.add(Chunk.NEWLINE);
        doc.add(new Paragraph(text, muted));
    }

    /** A day as the printed records write it: {@code dd/MM/yyyy}; empty when there is none. */
    protected static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The day of an instant in {@code zone} as {@code dd/MM/yyyy}; empty when there is none. */
    protected static String date(Instant at, ZoneId zone) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }

    /** An instant in {@code zone} as {@code dd/MM/yyyy HH:mm}; empty when there is none. */
    protected static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }
}
