package app.vinculo.platform.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The building blocks of the printed reports, with their fonts given: sections, labelled lines, fact tables, table
 * headers and cells. Reports extend {@link PdfReport}, which sets up the document and calls these with its fonts.
 */
public final class PdfParts {

    /** Background of table headers. */
    public static final java.awt.Color HEADER_BG = new java.awt.Color(0xe8, 0xf0, 0xfa);

    private PdfParts() {
    }

    /** The value, or a dash when there is none. */
    public static String or(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    public static void section(Document doc, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    /** "Label: value" on one line (a dash when there is no value). */
    public static void text(Document doc, String label, String value, Font bold, Font normal) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label + ": ", bold));
        p.add(new Chunk(or(value), normal));
        doc.add(p);
    }

    /** A label and its value as one borderless row of a two-column table (nothing shown when there is no value). */
    public static void fact(PdfPTable table, String label, String value, Font bold, Font normal) {
        PdfPCell l = new PdfPCell(new Phrase(label, bold));
        l.setBorder(0);
        l.setPaddingBottom(4);
        table.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value == null ? "" : value, normal));
        v.setBorder(0);
        v.setPaddingBottom(4);
        table.addCell(v);
    }

    /** A header cell of a data table. */
    public static void header(PdfPTable table, String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBackgroundColor(HEADER_BG);
        c.setPadding(4);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(c);
    }

    /** A body cell of a data table (empty when there is no text), aligned as {@link Element} says. */
    public static void cell(PdfPTable table, String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setPadding(4);
        c.setHorizontalAlignment(align);
        table.addCell(c);
    }
}
