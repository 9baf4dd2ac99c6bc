package app.vinculo.training.web;

import app.vinculo.platform.web.PdfParts;
import app.vinculo.platform.web.Texts;
import app.vinculo.training.boundary.RcuReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static app.vinculo.platform.web.PdfParts.cell;
import static app.vinculo.platform.web.PdfParts.fact;
import static app.vinculo.platform.web.PdfParts.header;
import static app.vinculo.platform.web.PdfParts.section;

/**
 * The RCU report ("Registro de Cursos") of a period as the auditor files it: PDF (OpenPDF) and XLSX (Apache POI) —
 * summary, editions given with instructors, hours, registered, attendees and attendance rate, and attendees by client.
 */
public final class RcuExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color PRIMARY = new Color(0x1f, 0x5f, 0xa8);

    private RcuExport() {
    }

    /** "rcu-2026-01-01-2026-12-31". */
    public static String fileName(RcuReport r) {
        return "rcu-" + r.from() + "-" + r.to();
    }

    public static byte[] pdf(RcuReport r, LocalDate issued, Locale locale) {
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, PRIMARY);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, PRIMARY);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font muted = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.GRAY);
        return PdfParts.write(PageSize.A4.rotate(), 36, 36, t(locale, "rcu.report.title"), doc -> {
            doc.add(new Paragraph(t(locale, "rcu.report.letterhead"), title));
            doc.add(new Paragraph(t(locale, "rcu.period", DATE.format(r.from()), DATE.format(r.to())),
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
            doc.add(Chunk.NEWLINE);

            PdfPTable facts = new PdfPTable(new float[]{2f, 3f});
            facts.setWidthPercentage(50);
            facts.setHorizontalAlignment(Element.ALIGN_LEFT);
            fact(facts, t(locale, "rcu.editionsGiven"), String.valueOf(r.editions().size()), bold, normal);
            fact(facts, t(locale, "rcu.totalHours"), TrainingNumbers.hours(r.totalHours()), bold, normal);
            fact(facts, t(locale, "rcu.registered"), String.valueOf(r.registered()), bold, normal);
            fact(facts, t(locale, "rcu.attendees"), String.valueOf(r.attendees()), bold, normal);
            fact(facts, t(locale, "rcu.rate"), TrainingNumbers.rate(r.rate()), bold, normal);
            doc.add(facts);

            section(doc, t(locale, "rcu.section.editions"), heading);
            if (r.editions().isEmpty()) {
                doc.add(new Paragraph(t(locale, "rcu.empty"), normal));
            } else {
                PdfPTable editions = new PdfPTable(new float[]{1.6f, 3.1f, 1.7f, 0.9f, 2.1f, 0.8f, 1f, 1.25f, 1f, 1.1f});
                editions.setWidthPercentage(100);
                editions.setHeaderRows(1);
                for (String h : editionHeaders(locale)) {
                    header(editions, h, bold);
                }
                for (RcuReport.Edition e : r.editions()) {
                    cell(editions, e.courseCode(), normal, Element.ALIGN_LEFT);
                    cell(editions, e.courseTitle(), normal, Element.ALIGN_LEFT);
                    cell(editions, days(e.firstDay(), e.lastDay()), normal, Element.ALIGN_LEFT);
                    cell(editions, String.valueOf(e.sessions()), normal, Element.ALIGN_RIGHT);
                    cell(editions, String.join(", ", e.instructors()), normal, Element.ALIGN_LEFT);
                    cell(editions, TrainingNumbers.hours(e.hours()), normal, Element.ALIGN_RIGHT);
                    cell(editions, String.valueOf(e.registered()), normal, Element.ALIGN_RIGHT);
                    cell(editions, String.valueOf(e.attendees()), normal, Element.ALIGN_RIGHT);
                    cell(editions, TrainingNumbers.rate(e.rate()), normal, Element.ALIGN_RIGHT);
                    cell(editions, t(locale, e.closed() ? "rcu.register.closed" : "rcu.register.open"), normal, Element.ALIGN_LEFT);
                }
                doc.add(editions);
            }

            section(doc, t(locale, "rcu.section.clients"), heading);
            if (r.clients().isEmpty()) {
                doc.add(new Paragraph(t(locale, "rcu.clients.empty"), normal));
            } else {
                PdfPTable clients = new PdfPTable(new float[]{4f, 1f, 1f, 1f, 1.2f});
                clients.setWidthPercentage(80);
                clients.setHorizontalAlignment(Element.ALIGN_LEFT);
                clients.setHeaderRows(1);
                for (String h : clientHeaders(locale)) {
                    header(clients, h, bold);
                }
                for (RcuReport.ClientLine c : r.clients()) {
                    cell(clients, c.clientName(), normal, Element.ALIGN_LEFT);
                    cell(clients, String.valueOf(c.editions()), normal, Element.ALIGN_RIGHT);
                    cell(clients, String.valueOf(c.registered()), normal, Element.ALIGN_RIGHT);
                    cell(clients, String.valueOf(c.attendees()), normal, Element.ALIGN_RIGHT);
                    cell(clients, TrainingNumbers.rate(c.rate()), normal, Element.ALIGN_RIGHT);
                }
                doc.add(clients);
            }
            doc.add(Chunk.NEWLINE);
            doc.add(new Paragraph(t(locale, "rcu.report.footer", DATE.format(issued)), muted));
        });
    }

    public static byte[] xlsx(RcuReport r, Locale locale) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            org.apache.poi.ss.usermodel.Font boldFont = wb.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0.0"));

            Sheet summary = wb.createSheet(t(locale, "rcu.sheet.summary"));
            text(summary.createRow(0), 0, t(locale, "rcu.report.letterhead"), bold);
            Row period = summary.createRow(1);
            text(period, 0, t(locale, "rcu.from"), bold);
            date(period, 1, r.from(), date);
            Row until = summary.createRow(2);
            text(until, 0, t(locale, "rcu.to"), bold);
            date(until, 1, r.to(), date);
            number(labelled(summary, 4, t(locale, "rcu.editionsGiven"), bold), 1, r.editions().size(), null);
            decimal(labelled(summary, 5, t(locale, "rcu.totalHours"), bold), 1, r.totalHours(), decimal);
            number(labelled(summary, 6, t(locale, "rcu.registered"), bold), 1, r.registered(), null);
            number(labelled(summary, 7, t(locale, "rcu.attendees"), bold), 1, r.attendees(), null);
            decimal(labelled(summary, 8, t(locale, "rcu.ratePercent"), bold), 1, r.rate(), decimal);
            summary.setColumnWidth(0, 40 * 256);
            summary.setColumnWidth(1, 14 * 256);

            Sheet editions = wb.createSheet(t(locale, "rcu.sheet.editions"));
            Row head = editions.createRow(0);
            List<String> headers = editionXlsxHeaders(locale);
            for (int i = 0; i < headers.size(); i++) {
                text(head, i, headers.get(i), bold);
            }
            int n = 1;
            for (RcuReport.Edition e : r.editions()) {
                Row row = editions.createRow(n++);
                text(row, 0, e.courseCode(), null);
                text(row, 1, e.courseTitle(), null);
                date(row, 2, e.firstDay(), date);
                date(row, 3, e.lastDay(), date);
                number(row, 4, e.sessions(), null);
                text(row, 5, String.join(", ", e.instructors()), null);
                decimal(row, 6, e.hours(), decimal);
                number(row, 7, e.registered(), null);
                number(row, 8, e.attendees(), null);
                decimal(row, 9, e.rate(), decimal);
                text(row, 10, t(locale, e.closed() ? "rcu.register.closed" : "rcu.register.open"), null);
            }
            int[] widths = {14, 44, 12, 12, 9, 30, 9, 12, 12, 14, 16};
            for (int i = 0; i < widths.length; i++) {
                editions.setColumnWidth(i, widths[i] * 256);
            }

            Sheet clients = wb.createSheet(t(locale, "rcu.sheet.clients"));
            Row ch = clients.createRow(0);
            List<String> clientHeaders = clientXlsxHeaders(locale);
            for (int i = 0; i < clientHeaders.size(); i++) {
                text(ch, i, clientHeaders.get(i), bold);
            }
            n = 1;
            for (RcuReport.ClientLine c : r.clients()) {
                Row row = clients.createRow(n++);
                text(row, 0, c.clientName(), null);
                number(row, 1, c.editions(), null);
                number(row, 2, c.registered(), null);
                number(row, 3, c.attendees(), null);
                decimal(row, 4, c.rate(), decimal);
            }
            clients.setColumnWidth(0, 44 * 256);
            for (int i = 1; i < 5; i++) {
                clients.setColumnWidth(i, 14 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the RCU workbook", e);
        }
    }

    static List<String> editionHeaders(Locale locale) {
        return List.of(t(locale, "rcu.col.code"), t(locale, "rcu.col.course"), t(locale, "rcu.col.days"),
                t(locale, "rcu.col.sessions"), t(locale, "rcu.col.instructors"), t(locale, "rcu.col.hours"),
                t(locale, "rcu.col.registered"), t(locale, "rcu.col.attendees"), t(locale, "rcu.col.rate"),
                t(locale, "rcu.col.register"));
    }

    static List<String> editionXlsxHeaders(Locale locale) {
        return List.of(t(locale, "rcu.col.code"), t(locale, "rcu.col.course"), t(locale, "rcu.col.firstDay"),
                t(locale, "rcu.col.lastDay"), t(locale, "rcu.col.sessions"), t(locale, "rcu.col.instructors"),
                t(locale, "rcu.col.hours"), t(locale, "rcu.col.registered"), t(locale, "rcu.col.attendees"),
                t(locale, "rcu.col.ratePercent"), t(locale, "rcu.col.register"));
    }

    static List<String> clientHeaders(Locale locale) {
        return List.of(t(locale, "rcu.col.client"), t(locale, "rcu.col.editions"), t(locale, "rcu.col.registered"),
                t(locale, "rcu.col.attendees"), t(locale, "rcu.col.rate"));
    }

    static List<String> clientXlsxHeaders(Locale locale) {
        return List.of(t(locale, "rcu.col.client"), t(locale, "rcu.col.editions"), t(locale, "rcu.col.registered"),
                t(locale, "rcu.col.attendees"), t(locale, "rcu.col.ratePercent"));
    }

    private static String days(LocalDate first, LocalDate last) {
        if (first == null) {
            return "";
        }
        return first.equals(last) || last == null ? DATE.format(first) : DATE.format(first) + " – " + DATE.format(last);
    }

    private static Row labelled(Sheet sheet, int index, String label, CellStyle bold) {
        Row row = sheet.createRow(index);
        text(row, 0, label, bold);
        return row;
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : app.vinculo.platform.hardening.SafeExports.text(value));
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void number(Row row, int col, long value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void decimal(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.doubleValue());
            c.setCellStyle(style);
        }
    }

    private static void date(Row row, int col, LocalDate value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
            c.setCellStyle(style);
        }
    }



    private static String t(Locale locale, String key, Object... args) {
        return Texts.text(locale, key, args);
    }
}
