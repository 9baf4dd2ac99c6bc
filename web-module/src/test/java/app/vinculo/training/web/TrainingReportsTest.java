package app.vinculo.training.web;

import app.vinculo.platform.web.PdfText;
import app.vinculo.platform.web.Texts;
import app.vinculo.training.boundary.CertificateData;
import app.vinculo.training.boundary.RcuReport;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingReportsTest {

    private static RcuReport report() {
        RcuReport.Edition ventas = new RcuReport.Edition(7L, "VENTAS-101", "Ventas: del pedido a la factura",
                LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 29), 2, List.of("Ana Consultora", "Jefe Demo"),
                new BigDecimal("8.0"), 6, 5, new BigDecimal("83.3"), true);
        RcuReport.Edition intro = new RcuReport.Edition(9L, "INTRO-100", "Introducción al sistema",
                LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25), 1, List.of("Ana Consultora"),
                new BigDecimal("4.0"), 4, 2, new BigDecimal("50.0"), false);
        List<RcuReport.ClientLine> clients = List.of(
                new RcuReport.ClientLine(1L, "Fábrica Sur S.A.", 2, 4, 3, new BigDecimal("66.7")),
                new RcuReport.ClientLine(2L, "Metalúrgica Andina S.R.L.", 1, 6, 4, null));
        return new RcuReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of(ventas, intro), clients,
                new BigDecimal("12.0"), 10, 7, new BigDecimal("70.0"));
    }

    private static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }

    @Test
    @DisplayName("R5.2: the RCU PDF has the period, editions with instructors and hours, attendees by client and es-AR rates")
    void rcuPdf() throws Exception {
        // table cells wrap long words: compare without white space
        String text = text(RcuExport.pdf(report(), LocalDate.of(2027, 1, 5), Texts.SPANISH)).replaceAll("\\s+", "");
        for (String expected : List.of("Registro de Cursos", "01/01/2026", "31/12/2026", "VENTAS-101",
                "Ventas: del pedido a la factura", "28/09/2026", "Ana Consultora, Jefe Demo", "83,3 %", "Fábrica Sur S.A.",
                "66,7 %", "Metalúrgica Andina S.R.L.", "70,0 %", "Cerrado", "Sin cerrar", "05/01/2027")) {
            assertTrue(text.contains(expected.replaceAll("\\s+", "")), expected + " in:\n" + text);
        }
    }

    @Test
    @DisplayName("the RCU workbook has a summary, one row per edition with real dates and numbers, and one per client")
    void rcuXlsx() throws Exception {
        byte[] xlsx = RcuExport.xlsx(report(), Locale.ENGLISH);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(3, wb.getNumberOfSheets());
            Sheet summary = wb.getSheet("Summary");
            assertEquals(12.0, summary.getRow(5).getCell(1).getNumericCellValue());
            assertEquals(70.0, summary.getRow(8).getCell(1).getNumericCellValue());
            Sheet editions = wb.getSheet("Editions");
            assertEquals("Code", editions.getRow(0).getCell(0).getStringCellValue());
            assertEquals("VENTAS-101", editions.getRow(1).getCell(0).getStringCellValue());
            assertEquals(LocalDate.of(2026, 9, 28), editions.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Ana Consultora, Jefe Demo", editions.getRow(1).getCell(5).getStringCellValue());
            assertEquals(83.3, editions.getRow(1).getCell(9).getNumericCellValue());
            assertEquals("Not closed", editions.getRow(2).getCell(10).getStringCellValue());
            Sheet clients = wb.getSheet("Clients");
            assertEquals("Fábrica Sur S.A.", clients.getRow(1).getCell(0).getStringCellValue());
            assertEquals(3.0, clients.getRow(1).getCell(3).getNumericCellValue());
            assertEquals(2, clients.getLastRowNum());
        }
    }

    @Test
    @DisplayName("an empty period gives a report that says so")
    void emptyReport() throws Exception {
        RcuReport empty = new RcuReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), List.of(), List.of(),
                BigDecimal.ZERO, 0, 0, null);
        assertTrue(text(RcuExport.pdf(empty, LocalDate.of(2026, 2, 1), Texts.SPANISH))
                .contains("No hay dictados realizados en el período"));
        assertTrue(RcuExport.xlsx(empty, Texts.SPANISH).length > 1000);
    }

    @Test
    @DisplayName("the attendance certificate names the attendee, the client, the course, the days, sessions and hours")
    void certificate() throws Exception {
        CertificateData data = new CertificateData(5L, "María González", "Fábrica Sur S.A.", "VENTAS-101",
                "Ventas: del pedido a la factura", new BigDecimal("12.5"), LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 9, 29), 1, 2, List.of("Ana Consultora"), "Oficinas de Implementación, sala 1");
        String text = text(CertificateReport.render(data, LocalDate.of(2026, 10, 1), Texts.SPANISH));
        for (String expected : List.of("Certificado de asistencia", "María González", "Fábrica Sur S.A.",
                "Ventas: del pedido a la factura", "VENTAS-101", "del 28/09/2026 al 29/09/2026", "1 de 2 sesiones",
                "12,5 horas", "Ana Consultora", "sala 1", "01/10/2026")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        String english = text(CertificateReport.render(data, LocalDate.of(2026, 10, 1), Locale.ENGLISH));
        assertTrue(english.contains("Certificate of attendance"), english);
    }

    @Test
    @DisplayName("certificate file names keep only plain letters and digits")
    void fileNames() {
        assertEquals("Maria-Gonzalez", EditionRegistrationsBacking.slug("María González"));
        assertEquals("certificado-VENTAS-101-Maria-Gonzalez",
                Texts.text(Texts.SPANISH, "certificate.fileName", "Maria-Gonzalez", "VENTAS-101"));
    }
}
