package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static app.vinculo.system.FormInputs.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Requirements and sales quotes (R4.1, R4.2)")
class QuotesST {
    private static final String CLIENT = "Metalúrgica Andina";

    @Test
    @DisplayName("a consultant registers a requirement, the Implementation Head approves it and drafts a two-line quote, "
            + "the PM approves, sends and records the acceptance: the requirement goes to planning and the PDF downloads")
    void requirementToAcceptedQuote() throws Exception {
        String title = "Tablero de cobranzas " + Long.toString(System.currentTimeMillis(), 36);
        String requirementUrl;
        String quoteUrl;

        try (Browser consultant = Browser.start("es")) {
            consultant.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            ClientsST.openFromTopBar(consultant, "metalurgica", CLIENT);
            String clientId = consultant.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            consultant.open("requirements/edit.xhtml?client=" + clientId);
            consultant.await().until(ExpectedConditions.textToBePresentInElementValue(By.id("requirement:client_input"), CLIENT));
            consultant.type("requirement:title", title);
            consultant.type("requirement:description", "Ver la deuda por cliente y vencimiento.");
            consultant.screenshot("requirement-new");
            consultant.driver().findElement(By.id("requirement:save")).click();
            consultant.await().until(ExpectedConditions.urlContains("requirements/view.xhtml"));
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("requirement:status"), "Nuevo"));
            consultant.driver().findElement(By.id("requirement:submit")).click();
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("requirement:status"), "En revisión"));
            requirementUrl = consultant.driver().getCurrentUrl();
            consultant.screenshot("requirement-submitted");
        }

        try (Browser head = Browser.start("es")) {
            head.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            head.driver().get(requirementUrl);
            head.await().until(ExpectedConditions.elementToBeClickable(By.id("requirement:approve"))).click();
            // R4.1: Metalúrgica Andina has no active A&D agreement, so the approved requirement waits for a quote
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("requirement:status"), "En presupuesto"));
            head.clickAndWaitForPage(By.id("requirement:prepare-quote"));
            head.type("quote:lines:0:description", "Análisis y desarrollo del tablero");
            typeNumber(head, "quote:lines:0:quantity_input", "20");
            typeNumber(head, "quote:lines:0:price_input", "25000");
            head.driver().findElement(By.id("quote:add-line")).click();
            head.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("quote:lines:1:description")));
            head.type("quote:lines:1:description", "Capacitación a usuarios");
            typeNumber(head, "quote:lines:1:quantity_input", "4");
            typeNumber(head, "quote:lines:1:price_input", "18000");
            head.screenshot("quote-draft");
            head.driver().findElement(By.id("quote:save")).click();
            head.await().until(ExpectedConditions.urlContains("quotes/view.xhtml"));
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("number"), "PV-"));
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quote:subtotal"), "572.000,00"));
            head.driver().findElement(By.id("quote:submit")).click();
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quote:status"), "Pendiente de aprobación"));
            assertTrue(head.driver().findElements(By.id("quote:approve")).isEmpty(), "R4.2: the Implementation Head does not approve");
            quoteUrl = head.driver().getCurrentUrl();
        }

        try (Browser pm = Browser.start("es")) {
            pm.open("login.xhtml").login("gerente", Browser.DEMO_PASSWORD);
            pm.driver().get(quoteUrl);
            pm.await().until(ExpectedConditions.elementToBeClickable(By.id("quote:approve"))).click();
            pm.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quote:status"), "Aprobado"));
            pm.await().until(ExpectedConditions.elementToBeClickable(By.id("quote:send"))).click();
            pm.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quote:status"), "Enviado"));
            pm.await().until(ExpectedConditions.elementToBeClickable(By.id("quote:accept"))).click();
            pm.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quote:status"), "Aceptado"));
            pm.screenshot("quote-accepted");

            Downloads downloads = Downloads.of(pm);
            pm.driver().findElement(By.id("quote:pdf")).click();
            downloads.file("", ".pdf");

            pm.driver().get(requirementUrl);
            pm.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("requirement:status"), "Planificado"));
            pm.screenshot("requirement-planned");
        }
    }
}
