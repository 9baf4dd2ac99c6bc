package app.vinculo.visits.web;

import app.vinculo.followups.boundary.NextStep;
import app.vinculo.platform.web.PdfText;
import app.vinculo.platform.web.Texts;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitDetail;
import app.vinculo.visits.boundary.VisitRecordForm;
import app.vinculo.visits.entity.InterestLevel;
import app.vinculo.visits.entity.TopicKind;
import app.vinculo.visits.entity.TopicOutcome;
import app.vinculo.visits.entity.VisitKind;
import app.vinculo.visits.entity.VisitStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class VisitReportTest {

    private static VisitDetail held() {
        TopicForm demo = topic("Demostración de Tesorería", TopicKind.DEMO, "TESORERIA", false, TopicOutcome.COVERED,
                InterestLevel.HIGH);
        TopicForm spare = topic("Tablero de control", TopicKind.DEMO, "TABLERO", true, TopicOutcome.SKIPPED, null);
        return new VisitDetail(7L, 3, 1L, "Fábrica Sur", VisitKind.MIXED, Instant.parse("2026-05-04T13:00:00Z"), 120,
                "Avellaneda", Set.of("consultor"), "Presentar Tesorería", "Revisar reportes", List.of(demo, spare),
                Set.of(11L), VisitStatus.HELD, null, Set.of(11L), "Un usuario de Compras",
                "Cómo parametrizar las retenciones.",
                List.of(new VisitRecordForm.RequirementItem("Reporte de ventas por zona", "Agrupar por vendedor", "VENTAS")),
                "Curso de Tesorería", "Muy buena recepción.", Instant.parse("2026-05-04T17:00:00Z"), "consultor",
                null, null, LocalDate.of(2026, 5, 11), false);
    }

    private static TopicForm topic(String title, TopicKind kind, String module, boolean spare, TopicOutcome outcome,
                                   InterestLevel interest) {
        TopicForm t = new TopicForm();
        t.setTitle(title);
        t.setKind(kind);
        t.setModuleCode(module);
        t.setSpare(spare);
        t.setOutcome(outcome);
        t.setInterest(interest);
        return t;
    }

    private static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }

    @Test
    @DisplayName("the visit report is a PDF with the client, the topics and their outcome, and the next steps")
    void reportHasTheVisit() throws Exception {
        VisitReport.Data data = new VisitReport.Data(held(), ZoneId.of("America/Argentina/Buenos_Aires"),
                u -> "Carla Consultora", id -> "María González", code -> "Tesorería",
                List.of(new NextStep("Enviar presupuesto de CRM", "Carla Consultora", LocalDate.of(2026, 5, 8))));
        byte[] pdf = VisitReport.render(data, Texts.SPANISH);
        assertTrue(pdf.length > 500 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        String text = text(pdf);
        assertTrue(text.contains("Informe de visita"), text);
        assertTrue(text.contains("Fábrica Sur"), text);
        assertTrue(text.contains("Demostración de Tesorería"), text);
        assertTrue(text.contains("Tratado"), text);
        assertTrue(text.contains("María González"), text);
        assertTrue(text.contains("Enviar presupuesto de CRM"), text);
        assertTrue(text.contains("04/05/2026 10:00"), text);

        String english = text(VisitReport.render(data, Locale.ENGLISH));
        assertTrue(english.contains("Visit report") && english.contains("Fábrica Sur"), english);
    }
}
