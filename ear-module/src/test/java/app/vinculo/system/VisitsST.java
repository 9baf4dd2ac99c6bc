package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static app.vinculo.system.FormInputs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Visits (IT APE) and follow-ups: plan, confirm (R2.1), record, next actions; the gate for assistance visits")
class VisitsST {
    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String FABRICA = "Fábrica Sur";

    private static final String BODEGAS = "Bodegas del Sol";

    @Test
    @DisplayName("a consultant plans a commercial visit with three topics (one spare) and two contacts, confirms it, "
            + "records it with a next step, and finds the step in Próximas acciones and the visit in the client's Historial")
    void planConfirmRecord() {
        try (Browser b = Browser.start("es")) {
            b.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            assertTrue(b.menuText().contains("Visitas"), b.menuText());
            assertTrue(b.menuText().contains("Próximas acciones"), b.menuText());
            b.screenshot("visits-home");

            b.clickAndWaitForPage(By.id("menu-visits"));
            b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("visits:table")));
            b.screenshot("visits-list");

            ClientsST.openFromTopBar(b, "fabrica", FABRICA);
            b.clickAndWaitForPage(By.id("header:plan-visit"));
            b.await().until(ExpectedConditions.textToBePresentInElementValue(By.id("visit:client_input"), FABRICA));
            chooseRadio(b, "visit:kind", "Comercial");
            typeDate(b, "visit:scheduledAt_input", DATE_TIME.format(LocalDateTime.now(BUENOS_AIRES).minusHours(2)));
            b.type("visit:commercial", "Mostrar Tesorería y CRM a la gerencia.");

            b.type("visit:topics:0:title", "Demostración de Tesorería");
            addTopic(b, 1, "Revisión de reportes de Ventas");
            addTopic(b, 2, "Novedades del Tablero de control");
            b.driver().findElement(By.cssSelector("[id='visit:topics:2:spare'] .ui-chkbox-box")).click();
            b.await().until(ExpectedConditions.attributeContains(
                    By.cssSelector("[id='visit:topics:2:spare'] .ui-chkbox-box"), "class", "ui-state-active"));
            pickContact(b, "María González");
            pickContact(b, "Juan Pérez");
            b.screenshot("visit-plan-typed");

            // drag the third topic to the top by its handle (jQuery UI sortable, moved in small steps as a hand would);
            // the new order is posted at once (rowReorder) and is the order the saved plan keeps
            List<String> before = editTopicOrder(b);
            List<String> expected = List.of(before.get(2), before.get(0), before.get(1));
            WebElement handle = b.driver().findElement(By.cssSelector("[id='visit:topics_data'] tr:nth-child(3) .drag-handle"));
            WebElement top = b.driver().findElement(By.cssSelector("[id='visit:topics_data'] tr:nth-child(1) .drag-handle"));
            int distance = top.getLocation().getY() - handle.getLocation().getY() - 12;
            Actions drag = new Actions(b.driver()).clickAndHold(handle).moveByOffset(0, -4);
            for (int step = 0; step < 8; step++) {
                drag.moveByOffset(0, distance / 8).pause(java.time.Duration.ofMillis(40));
            }
            drag.release().perform();
            // the table is re-rendered by the reorder request: read it again when a read meets a replaced row
            b.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> ajaxIdle(b) && editTopicOrder(b).equals(expected));
            List<String> order = editTopicOrder(b);
            assertEquals(expected, order, "the dragged topic is first");
            b.screenshot("visit-plan-reordered");

            b.driver().findElement(By.id("visit:save")).click();
            b.await().until(ExpectedConditions.urlContains("visits/view.xhtml"));
            b.awaitMessage("Se planificó la visita a " + FABRICA);
            assertEquals(order, viewTopicOrder(b), "the topics keep the order of the plan");
            assertTrue(b.text(By.cssSelector(".view-topics")).contains("De reserva"));
            assertTrue(b.text(By.id("visit:invited")).contains("María González"));
            assertTrue(b.text(By.id("visit:invited")).contains("Decide"));
            assertTrue(b.text(By.id("visit:status")).contains("Planificada"));
            b.screenshot("visit-planned");

            b.driver().findElement(By.id("visit:confirm")).click();
            b.awaitMessage("Se confirmó la visita a " + FABRICA);
            b.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit:status"), "Confirmada"));
            b.screenshot("visit-confirmed");

            b.driver().findElement(By.id("visit:record")).click();
            b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("visit:save-record")));
            b.type("visit:questions", "Cómo parametrizar las retenciones en Tesorería.");
            b.driver().findElement(By.id("visit:add-requirement")).click();
            b.type("visit:requirements:0:title", "Reporte de cobranzas por zona");
            b.driver().findElement(By.id("visit:add-step")).click();
            b.type("visit:steps:0:action", "Enviar propuesta de Tesorería");
            typeDate(b, "visit:steps:0:due_input", DATE.format(LocalDateTime.now(BUENOS_AIRES).plusDays(1)));
            b.type("visit:assessment", "Muy buena recepción de la gerencia.");
            b.screenshot("visit-record-form");
            b.driver().findElement(By.id("visit:save-record")).click();
            b.awaitMessage("Se registró la visita a " + FABRICA);
            b.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit:status"), "Realizada"));
            assertTrue(b.text(By.id("visit:record-view")).contains("Enviar propuesta de Tesorería"));
            assertTrue(b.text(By.id("visit:record-view")).contains("Reporte de cobranzas por zona"));
            assertTrue(b.text(By.id("visit:lock")).contains("El registro se bloquea el"));
            b.screenshot("visit-recorded");

            b.clickAndWaitForPage(By.id("menu-next-actions"));
            WebElement table = b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("next:table")));
            assertTrue(table.getText().contains("Enviar propuesta de Tesorería"), table.getText());
            assertTrue(table.getText().contains(FABRICA), table.getText());
            assertTrue(table.getText().contains("Vencida"), "the demo's overdue actions are marked");
            b.screenshot("next-actions");

            b.clickAndWaitForPage(By.xpath("//a[normalize-space()='Enviar propuesta de Tesorería']"));
            b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("followup:done")));
            b.screenshot("followup-view");

            ClientsST.openFromTopBar(b, "fabrica", FABRICA);
            b.driver().findElement(By.xpath("//a[normalize-space()='Historial']")).click();
            b.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".timeline"), "Visita realizada"));
            b.screenshot("client-timeline-visit");

            b.clickAndWaitForPage(By.id("header:record-followup"));
            b.await().until(ExpectedConditions.textToBePresentInElementValue(By.id("followup:client_input"), FABRICA));
            b.screenshot("followup-new");

            b.clickAndWaitForPage(By.id("menu-home"));
            assertTrue(b.text(By.id("card-next-actions")).contains("vencidas"));
            b.screenshot("home-cards");
        }
    }

    @Test
    @DisplayName("an assistance visit to a client without A&M is refused (R1.3) and what was typed stays")
    void assistanceVisitWithoutAgreementIsRefused() {
        try (Browser b = Browser.start("es")) {
            b.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            b.open("visits/edit.xhtml");
            b.type("visit:client_input", "bodegas");
            b.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//*[@id='visit:client_panel']//*[contains(@class,'ui-autocomplete-item')][contains(normalize-space(.),'"
                            + BODEGAS + "')]"))).click();
            b.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit:client-taxid"), "-"));
            chooseRadio(b, "visit:kind", "Asistencia");
            // two years ahead: no A&M covers that day, whatever other tests did to the client's agreements
            typeDate(b, "visit:scheduledAt_input", DATE_TIME.format(LocalDateTime.now(BUENOS_AIRES).plusYears(2).withHour(10).withMinute(0)));
            b.type("visit:place", "Bodega de Luján de Cuyo");
            b.type("visit:topics:0:title", "Revisión del cierre de mes");
            b.driver().findElement(By.id("visit:save")).click();
            String text = b.awaitMessage("No se puede dar asistencia a " + BODEGAS);
            assertTrue(text.contains("Gerente de Proyectos"), text);
            assertTrue(b.driver().getCurrentUrl().contains("visits/edit.xhtml"));
            assertEquals("Revisión del cierre de mes", b.driver().findElement(By.id("visit:topics:0:title")).getAttribute("value"));
            assertEquals("Bodega de Luján de Cuyo", b.driver().findElement(By.id("visit:place")).getAttribute("value"));
            b.screenshot("visit-assistance-refused");
        }
    }

    @Test
    @DisplayName("confirming a visit with one topic is refused with the R2.1 message")
    void confirmWithOneTopicIsRefused() {
        try (Browser b = Browser.start("es")) {
            b.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            ClientsST.openFromTopBar(b, "fabrica", FABRICA);
            b.clickAndWaitForPage(By.id("header:plan-visit"));
            b.await().until(ExpectedConditions.textToBePresentInElementValue(By.id("visit:client_input"), FABRICA));
            chooseRadio(b, "visit:kind", "Comercial");
            b.type("visit:topics:0:title", "Presentación de CRM");
            b.driver().findElement(By.id("visit:save")).click();
            b.await().until(ExpectedConditions.urlContains("visits/view.xhtml"));
            b.awaitMessage("Se planificó la visita");
            b.driver().findElement(By.id("visit:confirm")).click();
            String text = b.awaitMessage("La visita tiene 1 temas y hacen falta al menos 2");
            assertTrue(b.text(By.id("visit:status")).contains("Planificada"), text);
            b.screenshot("visit-confirm-refused");

            b.driver().findElement(By.id("visit:postpone")).click();
            b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("status-form:reason")));
            b.screenshot("visit-postpone-dialog");
            b.type("status-form:reason", "El cliente pidió pasarla al mes próximo.");
            b.driver().findElement(By.id("status-form:confirm")).click();
            b.awaitMessage("Se postergó la visita");
            b.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit:status"), "Postergada"));
            b.screenshot("visit-postponed");
        }
    }

    private static void addTopic(Browser b, int index, String title) {
        b.driver().findElement(By.id("visit:add-topic")).click();
        b.type("visit:topics:" + index + ":title", title);
    }

    private static void pickContact(Browser b, String name) {
        By box = By.xpath("//*[contains(@class,'contact-picker')]//tr[contains(normalize-space(.),'" + name
                + "')]//div[contains(@class,'ui-chkbox-box')]");
        b.driver().findElement(box).click();
        b.await().until(ExpectedConditions.attributeContains(box, "class", "ui-state-active"));
    }

    private static List<String> editTopicOrder(Browser b) {
        return b.driver().findElements(By.cssSelector("[id='visit:topics_data'] input.topic-title")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }

    private static List<String> viewTopicOrder(Browser b) {
        return b.driver().findElements(By.cssSelector(".view-topics .topic-title")).stream().map(WebElement::getText).toList();
    }
}
