package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §8: each demo role's home page, the KPI page, the calendar and the ISO 9001 evidence pack. */
@DisplayName("Home pages, KPIs, calendar and evidence pack")
class DashboardST {

    @ParameterizedTest(name = "{0}: card {1} shows \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "consultor | card-agenda          | Fábrica Sur",
            "consultor | card-next-actions    | Confirmar que la corrección funciona",
            "consultor | card-my-cases        | Pruebas funcionales",
            "jefe      | card-reviews         | Requerimientos a revisar",
            "jefe      | card-quotes          | PV-",
            "jefe      | card-expiring        | La Pradera",
            "jefe      | card-campaigns       | ejecutados",
            "jefe      | card-next-actions    | Preparar presupuesto de CRM",
            "gerente   | card-expiring        | TransPatagonia",
            "gerente   | card-quotes          | Enviado",
            "gerente   | card-regularizations | Casos de regularización abiertos",
            "gerente   | card-next-actions    | Enviar propuesta de renovación",
            "rd        | card-releases        | Versiones",
            "auditor   | card-expiring        | La Pradera",
            "auditor   | card-records         | Carpeta de evidencias",
            "admin     | card-outbox          | Bandeja de salida"
    })
    @DisplayName("each demo role's home page shows its items on the demo data, each linked to its page")
    void homePagePerRole(String user, String card, String text) {
        try (Browser b = Browser.start("es")) {
            b.open("login.xhtml").login(user, Browser.DEMO_PASSWORD);
            WebElement section = b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id(card)));
            assertTrue(section.getText().contains(text), user + " " + card + ": " + section.getText());
            assertFalse(b.driver().getPageSource().contains("Próximamente"), "no placeholder cards left");
            b.screenshot("home-" + user);
        }
    }

    @Test
    @DisplayName("the consultant's overdue next action is marked and opens its follow-up; the calendar shows the week's visit")
    void consultantGoesFromHomeToWork() {
        try (Browser b = Browser.start("es")) {
            b.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            WebElement overdue = b.await().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#next-list li.overdue")));
            assertTrue(overdue.getText().contains("vencida"), overdue.getText());
            b.clickAndWaitForPage(By.cssSelector("#next-list li.overdue a"));
            assertTrue(b.driver().getCurrentUrl().contains("followups/view.xhtml"));

            b.clickAndWaitForPage(By.id("menu-calendar"));
            b.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:schedule"), "Fábrica Sur"));
            b.screenshot("calendar-mine");
            b.driver().findElement(By.id("feed:new-feed")).click();
            WebElement url = b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("feed:feed-url")));
            assertTrue(url.getAttribute("value").matches(".*/feeds/calendar/[A-Za-z0-9_-]{20,}\\.ics"), url.getAttribute("value"));
            b.screenshot("calendar-feed");
        }
    }

    @Test
    @DisplayName("the Implementation Head sees the KPIs with charts for this year")
    void kpiPage() {
        try (Browser b = Browser.start("es")) {
            b.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            b.clickAndWaitForPage(By.id("menu-kpis"));
            b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi:contacted")));
            assertTrue(b.text(By.id("kpi:contacted")).endsWith("%"), b.text(By.id("kpi:contacted")));
            assertTrue(b.text(By.id("kpi-training")).contains("Capacitación"));
            b.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kpi\\:chart-visits canvas")));
            b.screenshot("kpis");
        }
    }

    @Test
    @DisplayName("the auditor downloads the ISO 9001 evidence pack of a client: one PDF with its agreements, visits and follow-ups")
    void evidencePackDownloads() throws Exception {
        try (Browser b = Browser.start("es")) {
            Downloads downloads = Downloads.of(b);
            b.open("login.xhtml").login("auditor", Browser.DEMO_PASSWORD);
            b.clickAndWaitForPage(By.id("menu-evidence"));
            b.type("evidence:client_input", "fabrica");
            b.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//*[@id='evidence:client_panel']//*[contains(@class,'ui-autocomplete-item')][contains(.,'Fábrica Sur')]"))).click();
            b.screenshot("evidence-page");
            b.driver().findElement(By.id("evidence:pdf")).click();
            String text = Downloads.pdfText(downloads.file("evidencias-", ".pdf")).replaceAll("\\s+", " ");
            for (String expected : List.of("Carpeta de evidencias ISO 9001", "Fábrica Sur", "Acuerdos vigentes en el período",
                    "Visitas (IT APE)", "Seguimientos", "Requerimientos", "Presupuestos de venta")) {
                assertTrue(text.contains(expected), expected + " in: " + text);
            }
        }
    }

    @Test
    @DisplayName("the auditor reads the procedure (revision 03 of August 2021 with its change control) and the audit trail, one row per change with the record named")
    void procedureAndAuditTrail() {
        try (Browser b = Browser.start("es")) {
            b.open("login.xhtml").login("auditor", Browser.DEMO_PASSWORD);
            b.clickAndWaitForPage(By.id("menu-procedure"));
            assertTrue(b.text(By.id("revision")).contains("Revisión 03 · 01/08/2021"), b.text(By.id("revision")));
            assertTrue(b.text(By.id("procedure-text")).contains("Mantener activa la relación profesional y comercial con el cliente"));
            assertTrue(b.text(By.id("changes")).contains("Se modificó el nombre de Asistencia a Visita"));
            assertTrue(b.driver().findElements(By.id("edit")).isEmpty(), "only the Implementation Head edits it");
            b.screenshot("procedure");

            b.open("admin/audit.xhtml");
            WebElement table = b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:table")));
            assertTrue(table.getText().contains("Alta"), table.getText());
            assertFalse(table.getText().matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d+Z.*"), "no raw instants");
            b.screenshot("audit-trail");
        }
    }
}
