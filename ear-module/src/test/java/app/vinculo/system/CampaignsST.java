package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Functional test campaigns of a published version (R6.2)")
class CampaignsST {
    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

    private static final String CONSULTANT_NAME = "Carla Consultora";

    @Test
    @DisplayName("the Implementation Head opens the campaign of a published release and assigns every case to a consultant, "
            + "who records passed, passed and failed (the failure needs notes); the sign-off is refused with its reason "
            + "until the failure is waived; the campaign PDF downloads with the results")
    void testAndSignOff() throws Exception {
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        String label = "SC-" + stamp;
        String developed = "Conciliación por extracto " + stamp;
        String modified = "Precios por lista " + stamp;
        String fixed = "El remito no descontaba stock " + stamp;
        String releaseUrl;
        String campaignUrl;

        try (Browser rd = Browser.start("es")) {
            rd.open("login.xhtml").login("rd", Browser.DEMO_PASSWORD);
            ReleasePage.openList(rd);
            ReleasePage release = ReleasePage.create(rd, label, LocalDate.now(BUENOS_AIRES), "Versión para la campaña.", null);
            release.paste("Nuevo desarrollo | TESORERIA | " + developed + "\nModificación | VENTAS | " + modified
                    + "\nCorrección | STOCK | " + fixed);
            release.awaitPasted(3);
            release.publish(label);
            releaseUrl = release.url();
        }

        try (Browser head = Browser.start("es")) {
            head.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            CampaignPage campaign = CampaignPage.open(head, releaseUrl, label, 3);
            assertTrue(head.text(By.id("campaign:progress-text")).contains("0 de 3"), head.text(By.id("campaign:progress-text")));
            // every case of the page, to the consultant, in one go
            campaign.assignAll(CONSULTANT_NAME, 3, "campaign-select-all");
            head.screenshot("campaign-assigned");
            campaignUrl = campaign.url();
        }

        try (Browser consultant = Browser.start("es")) {
            consultant.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            consultant.clickAndWaitForPage(By.id("menu-my-cases"));
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), fixed));
            consultant.screenshot("my-cases");
            CampaignPage.pass(consultant, developed);
            CampaignPage.pass(consultant, modified);

            CampaignPage.openFailed(consultant, fixed);
            consultant.driver().findElement(By.id("result-form:save")).click();
            consultant.awaitMessage("Cuente en las notas qué falló");
            consultant.type("result-form:notes", "El remito sigue sin descontar del depósito elegido " + stamp);
            consultant.screenshot("my-cases-failed-dialog");
            consultant.driver().findElement(By.id("result-form:save")).click();
            CampaignPage.awaitResult(consultant, fixed, "Falló");
            consultant.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("result-dialog")));
            ((JavascriptExecutor) consultant.driver()).executeScript("window.scrollTo(0, 0)");
            consultant.screenshot("my-cases-recorded");
        }

        try (Browser head = Browser.start("es")) {
            head.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            CampaignPage campaign = CampaignPage.at(head, campaignUrl, "3 de 3");

            // R6.2: a failed case without a waiver stands in the way, and the confirmation says so
            WebElement refused = campaign.askSignOff(true);
            assertTrue(refused.getText().contains("Casos fallidos sin dispensa: 1"), refused.getText());
            assertTrue(head.driver().findElements(By.id("signoff-form:confirm")).isEmpty(), "no sign-off button while refused");
            head.screenshot("campaign-signoff-refused");
            campaign.closeSignOffDialog();

            campaign.waive(fixed, "Se corrige en la próxima versión; ningún cliente usa ese depósito.");
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table_data"), "Dispensado"));
            campaign.askSignOff(false);
            campaign.confirmSignOff(label);
            assertTrue(head.driver().findElements(By.id("campaign:sign-off")).isEmpty());
            ((JavascriptExecutor) head.driver()).executeScript("window.scrollTo(0, 0)");
            head.screenshot("campaign-signed-off");

            Downloads downloads = Downloads.of(head);
            head.driver().findElement(By.id("campaign:pdf")).click();
            String text = Downloads.pdfText(downloads.file("pruebas-" + label + ".pdf"));
            for (String expected : List.of("Informe de pruebas funcionales", "Versión " + label, "Con conformidad",
                    "3 de 3 casos con resultado (100 %)", "Dispensado", "Motivo de la dispensa", CONSULTANT_NAME, stamp)) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
        }
    }
}
