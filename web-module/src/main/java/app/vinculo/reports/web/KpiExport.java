package app.vinculo.reports.web;

import app.vinculo.agreements.entity.Currency;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.Texts;
import app.vinculo.reports.boundary.Kpis;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The KPI figures as a two-column table (indicator, value) plus the visits per consultant and month: CSV and XLSX. */
final class KpiExport {

    private KpiExport() {
    }

    static String fileName(Kpis k) {
        return "indicadores-" + k.filter().from() + "-" + k.filter().to()
                + (k.filter().consultant() == null ? "" : "-" + k.filter().consultant());
    }

    /** Rows of (label, value); numbers stay numbers for the spreadsheet. */
    static List<Object[]> rows(Kpis k, DisplayFormat format, Locale l) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {Texts.text(l, "kpi.period"), format.date(k.filter().from()) + " – " + format.date(k.filter().to())});
        rows.add(new Object[] {Texts.text(l, "kpi.consultant"), k.filter().consultant() == null
                ? Texts.text(l, "kpi.allConsultants") : k.filter().consultant()});
        rows.add(new Object[] {Texts.text(l, "kpi.activeClients"), k.activeClients()});
        rows.add(new Object[] {Texts.text(l, "kpi.contacted"), k.contacted()});
        rows.add(new Object[] {Texts.text(l, "kpi.contacted") + " %", k.contactedPercent()});
        rows.add(new Object[] {Texts.text(l, "kpi.maintenance"), k.withMaintenance()});
        rows.add(new Object[] {Texts.text(l, "kpi.maintenance") + " %", k.maintenancePercent()});
        rows.add(new Object[] {Texts.text(l, "kpi.agreementsEnding"), k.agreementsEnding()});
        rows.add(new Object[] {Texts.text(l, "kpi.agreementsRenewed"), k.agreementsRenewed()});
        rows.add(new Object[] {Texts.text(l, "kpi.renewal") + " %", k.renewalPercent()});
        rows.add(new Object[] {Texts.text(l, "kpi.requirements"), k.requirements()});
        rows.add(new Object[] {Texts.text(l, "kpi.quotes"), k.quotes().count()});
        for (Currency c : Currency.values()) {
            rows.add(new Object[] {Texts.text(l, "kpi.quotes") + " " + c, k.quotes().amount(c)});
        }
        rows.add(new Object[] {Texts.text(l, "kpi.accepted"), k.accepted().count()});
        for (Currency c : Currency.values()) {
            rows.add(new Object[] {Texts.text(l, "kpi.accepted") + " " + c, k.accepted().amount(c)});
        }
        rows.add(new Object[] {Texts.text(l, "kpi.editionsGiven"), k.editionsGiven()});
        rows.add(new Object[] {Texts.text(l, "kpi.attendees"), k.attendees()});
        rows.add(new Object[] {Texts.text(l, "kpi.clientsTrained"), k.clientsTrained()});
        for (Kpis.VisitsInMonth v : k.visitsByConsultant()) {
            rows.add(new Object[] {Texts.text(l, "kpi.visitsOf", v.consultant(), v.month().toString()), v.visits()});
        }
        return rows;
    }

    static byte[] csv(Kpis k, DisplayFormat format, Locale l) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append(quote(Texts.text(l, "kpi.indicator"))).append(';').append(quote(Texts.text(l, "kpi.value"))).append("\r\n");
        for (Object[] r : rows(k, format, l)) {
            b.append(quote(String.valueOf(r[0]))).append(';').append(quote(r[1] == null ? "" : r[1] instanceof BigDecimal d
                    ? d.toPlainString().replace('.', ',') : String.valueOf(r[1]))).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** CSV quoting; a leading = + - @ is defused so that a spreadsheet never runs it as a formula. */
    static String quote(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.,]+") ? "'" + s : s;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    static byte[] xlsx(Kpis k, DisplayFormat format, Locale l) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Texts.text(l, "kpi.title"));
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue(Texts.text(l, "kpi.indicator"));
            head.createCell(1).setCellValue(Texts.text(l, "kpi.value"));
            int i = 1;
            for (Object[] r : rows(k, format, l)) {
                Row row = sheet.createRow(i++);
                row.createCell(0).setCellValue(String.valueOf(r[0]));
                if (r[1] instanceof Number n) {
                    row.createCell(1).setCellValue(n.doubleValue());
                } else {
                    row.createCell(1).setCellValue(r[1] == null ? "" : String.valueOf(r[1]));
                }
            }
            sheet.autoSizeColumn(0);
            sheet.autoSizeColumn(1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
