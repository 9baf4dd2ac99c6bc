package app.vinculo.releases.web;

import app.vinculo.platform.web.PdfText;
import app.vinculo.platform.web.Texts;
import app.vinculo.releases.boundary.CampaignDetail;
import app.vinculo.releases.boundary.CaseRow;
import app.vinculo.releases.entity.CampaignStatus;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.TestResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignReportTest {

    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

    private static CampaignDetail campaign() {
        return new CampaignDetail(7L, 3, 4L, "2026.11", LocalDate.of(2026, 11, 2), Instant.parse("2026-11-03T13:00:00Z"),
                CampaignStatus.SIGNED_OFF, "jefe", Instant.parse("2026-11-04T12:00:00Z"), "jefe",
                Instant.parse("2026-11-10T18:30:00Z"), 3, 0, 2, 1, 0, 1,
                List.of(new CampaignDetail.ModuleSummary("TESORERIA", 2, 0, 1, 1, 0),
                        new CampaignDetail.ModuleSummary("VENTAS", 1, 0, 1, 0, 0)), true, 0, 0);
    }

    private static List<CaseRow> cases() {
        Instant at = Instant.parse("2026-11-08T15:00:00Z");
        return List.of(
                new CaseRow(1L, 1, 7L, "2026.11", 1, "TESORERIA", "Probar nuevo desarrollo: Conciliación bancaria automática",
                        "Recorrer la funcionalidad nueva", ChangeKind.NEW_DEVELOPMENT, "consultor", TestResult.PASSED, null,
                        "consultor", at, false, null),
                new CaseRow(2L, 2, 7L, "2026.11", 2, "TESORERIA", "Verificar corrección: Redondeo de retenciones", null,
                        ChangeKind.FIX, "consultor", TestResult.FAILED, "Redondea hacia abajo en USD", "consultor", at, true,
                        "Se corrige en 2026.12; el cliente no opera en dólares"),
                new CaseRow(3L, 1, 7L, "2026.11", 3, "VENTAS", "Listas de precios por fecha", null, null, "jefe",
                        TestResult.PASSED, null, "jefe", at, false, null));
    }

    private static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }

    private static byte[] render(Locale locale) {
        return CampaignReport.render(new CampaignReport.Data(campaign(), cases(), BUENOS_AIRES,
                Map.of("consultor", "Carla Consultora", "jefe", "Julián Jefe"), Map.of("TESORERIA", "Tesorería", "VENTAS", "Ventas")),
                locale);
    }

    @Test
    @DisplayName("R6.2: the campaign report has the release, the sign-off, progress, the summary by module and every case "
            + "with its result, notes and waiver")
    void reportHasTheCampaign() throws Exception {
        byte[] pdf = render(Texts.SPANISH);
        assertTrue(pdf.length > 500);
        String text = text(pdf);
        for (String expected : List.of("Informe de pruebas funcionales", "Versión 2026.11", "02/11/2026", "Con conformidad",
                "Julián Jefe, el 10/11/2026 15:30", "3 de 3 casos con resultado (100 %)", "Resumen por módulo", "Tesorería",
                "Ventas", "Conciliación bancaria automática", "Redondeo de", "Carla Consultora, el 08/11/2026 12:00", "Falló",
                "Dispensado", "Redondea hacia abajo en USD", "Motivo de la dispensa", "Pasaron 2 · Fallaron 1")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    @DisplayName("the campaign report speaks English too, and an open campaign's sign-off shows as pending")
    void english() throws Exception {
        CampaignDetail open = new CampaignDetail(7L, 1, 4L, "2026.11", LocalDate.of(2026, 11, 2), null, CampaignStatus.OPEN,
                "jefe", Instant.parse("2026-11-04T12:00:00Z"), null, null, 3, 1, 1, 1, 0, 0, List.of(), false, 1, 0);
        String text = text(CampaignReport.render(new CampaignReport.Data(open, cases(), BUENOS_AIRES, Map.of(), Map.of()),
                Locale.ENGLISH));
        for (String expected : List.of("Functional test report", "Release 2026.11", "In progress", "Pending",
                "2 of 3 cases with a result (66%)", "Failed", "TESORERIA")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("campaign."), "no raw keys:\n" + text);
    }
}
