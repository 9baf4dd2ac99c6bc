package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The assistance gate and regularisation (R1.2, R1.3, R1.4)")
class AssistanceGateST {

    private static final String BODEGAS = "Bodegas del Sol";

    @Test
    @DisplayName("a request for a client that never had A&M is refused and referred; the PM adds an A&M, the case "
            + "closes and the next request is allowed; an overlapping A&M is refused (R1.2)")
    void refusedRequestIsRegularizedByTheProjectManager() {
        try (Browser consultant = Browser.start("es")) {
            consultant.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            assertTrue(consultant.menuText().contains("Solicitudes de asistencia"));
            consultant.clickAndWaitForPage(By.id("menu-assistance"));
            consultant.screenshot("assistance-empty");
            request(consultant, "El usuario no puede emitir facturas desde el módulo de Ventas.");

            WebElement refused = consultant.await().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("assistance:refused")));
            String text = refused.getText();
            assertTrue(text.contains("No se puede dar asistencia a " + BODEGAS), text);
            assertTrue(text.contains("Caso derivado al Gerente de Proyectos (regularización #"), text);
            consultant.screenshot("assistance-refused");

            ClientsST.openFromTopBar(consultant, "bodegas", BODEGAS);
            assertTrue(consultant.text(By.id("glance")).contains("Sin A&M"));
            consultant.driver().findElement(By.xpath("//a[normalize-space()='Acuerdos']")).click();
            consultant.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".agreements-table")));
            assertTrue(consultant.driver().findElements(By.cssSelector("[id$='agreements:new']")).isEmpty(),
                    "a consultant does not see New agreement");
            consultant.screenshot("client-agreements-consultant");
        }

        try (Browser pm = Browser.start("es")) {
            pm.open("login.xhtml").login("gerente", Browser.DEMO_PASSWORD);
            pm.clickAndWaitForPage(By.id("menu-regularizations"));
            WebElement row = pm.await().until(ExpectedConditions.visibilityOfElementLocated(caseRow()));
            assertTrue(row.getText().contains("Abierto"), row.getText());
            assertTrue(row.getText().contains("Nunca tuvo A&M"), row.getText());
            pm.screenshot("regularizations-open");

            pm.clickAndWaitForPage(By.xpath("//tbody[@id='cases:table_data']//a[contains(normalize-space(.),'"
                    + BODEGAS + "')]"));
            pm.driver().findElement(By.xpath("//a[normalize-space()='Acuerdos']")).click();
            pm.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='agreements:new']"))).click();
            pm.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement-form:start_input")));
            pm.type("agreement-form:hours_input", "40");
            pm.type("agreement-form:terms", "Abono mensual, 40 horas.");
            pm.screenshot("agreement-new-dialog");
            pm.driver().findElement(By.id("agreement-form:save")).click();
            pm.awaitMessage("Se dio de alta el acuerdo");
            pm.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("agreement-dialog")));
            pm.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("glance"), "A&M vigente hasta"));
            assertTrue(pm.text(By.cssSelector(".agreements-table")).contains("Vigente"));
            pm.screenshot("client-agreements-pm");

            // R1.2: the same period again overlaps; the dialog stays open with what was typed
            pm.driver().findElement(By.cssSelector("[id$='agreements:new']")).click();
            pm.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement-form:start_input")));
            pm.type("agreement-form:terms", "Acuerdo superpuesto");
            pm.driver().findElement(By.id("agreement-form:save")).click();
            pm.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreement-form:dialog-messages"),
                    "Ya existe un acuerdo del mismo tipo entre"));
            assertTrue(pm.driver().findElement(By.id("agreement-dialog")).isDisplayed());
            assertEquals("Acuerdo superpuesto",
                    pm.driver().findElement(By.id("agreement-form:terms")).getAttribute("value"));
            pm.screenshot("agreement-overlap");
            pm.driver().findElement(By.id("agreement-form:close")).click();
            pm.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("agreement-dialog")));

            pm.clickAndWaitForPage(By.id("menu-regularizations"));
            pm.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("cases:table")));
            assertTrue(pm.driver().findElements(caseRow()).isEmpty(), "the case left the open ones");
            WebElement before = pm.driver().findElement(By.id("cases:table_data"));
            ((org.openqa.selenium.JavascriptExecutor) pm.driver()).executeScript(
                    "PF('statusFilter').selectValue('ANY'); PF('statusFilter').callBehavior('change');");
            pm.await().until(ExpectedConditions.stalenessOf(before));
            pm.await().until(ExpectedConditions.textToBePresentInElementLocated(caseRow(), "Regularizado"));
            pm.screenshot("regularizations-regularized");
        }

        try (Browser consultant = Browser.start("es")) {
            consultant.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            consultant.open("agreements/assistance.xhtml");
            request(consultant, "Consulta sobre el cierre de mes.");
            WebElement allowed = consultant.await().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("assistance:allowed")));
            assertTrue(allowed.getText().contains("Corresponde asistir"), allowed.getText());
            consultant.screenshot("assistance-allowed");
        }
    }

    private static By caseRow() {
        return By.xpath("//tbody[@id='cases:table_data']/tr[contains(normalize-space(.),'" + BODEGAS + "')]");
    }

    private static void request(Browser browser, String description) {
        browser.type("assistance:client_input", "bodegas");
        WebElement item = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='assistance:client_panel']//*[contains(@class,'ui-autocomplete-item')][contains(normalize-space(.),'"
                        + BODEGAS + "')]")));
        item.click();
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("assistance:client-taxid"), "-"));
        browser.type("assistance:description", description);
        browser.driver().findElement(By.id("assistance:submit")).click();
    }
}
