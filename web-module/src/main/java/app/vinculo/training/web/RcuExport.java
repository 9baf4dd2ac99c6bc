package app.vinculo.training.web;

import app.vinculo.platform.web.Texts;
import app.vinculo.training.boundary.RcuReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;


/**
 * The RCU report ("Registro de Cursos") of a period as the auditor files it: PDF ({@link RcuPdf}) and XLSX (Apache
 * POI) — summary, editions given with instructors, hours, registered, attendees and attendance rate, and attendees by
 * client.
 */
public final class RcuExport {

    private RcuExport() {
    }

    /** "rcu-2026-01-01-2026-12-31". */
    public static String fileName(RcuReport r) {
        return "rcu-" + r.from() + "-" + r.to();
    }

    /** The PDF, A4 landscape ({@link RcuPdf}). */
    public static byte[] pdf(RcuReport r, LocalDate issued, Locale locale) {
        return new RcuPdf(r, issued, locale).render();
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
