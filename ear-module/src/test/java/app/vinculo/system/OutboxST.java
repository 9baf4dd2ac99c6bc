package app.vinculo.system;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.time.Duration;
import java.util.Arrays;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("E-mail outbox and the next 24 hours (R7.1)")
class OutboxST {

    private static final String ADMIN_EMAIL = "admin@vinculo.demo";
    private static final By TABLE_DATA = By.id("outbox:table_data");
    private static final By ADMIN_ROW = By.xpath("//tbody[@id='outbox:table_data']/tr[.//span[contains(@class,"
            + "'recipient-email') and normalize-space()='" + ADMIN_EMAIL + "']]");
    private static final int SMTP_PORT = Integer.getInteger("test.smtp.port", 3025);

    private Browser browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("an admin runs the engine: the welcome notices are in the outbox, waiting with the SMTP error, "
            + "and a retry sends once the mail server is up")
    void adminRunsTheEngineAndSeesTheWelcomeNotices() {
        browser = Browser.start("es");
        browser.open("login.xhtml").login("admin", Browser.DEMO_PASSWORD);
        browser.clickAndWaitForPage(By.id("menu-outbox"));
        assertTrue(browser.text(By.cssSelector("h1.page-title")).contains("Bandeja de salida"));
        assertTrue(browser.text(By.id("outbox:runs")).contains("Ejecuciones recientes"));

        browser.driver().findElement(By.id("outbox:run")).click();

        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Se encontraron"));
        assertTrue(browser.text(By.cssSelector(".ui-growl")).matches("(?s).*Se encontraron \\d+, se registraron \\d+, "
                + "se enviaron \\d+\\..*"), browser.text(By.cssSelector(".ui-growl")));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox:runs-table"),
                "Manual (admin)"));
        browser.screenshot("outbox-admin-after-run");

        // other demo reminders may fill the first page: find the admin's notice by its recipient
        filterByRecipient("admin@vinculo");
        WebElement row = browser.await().until(ExpectedConditions.visibilityOfElementLocated(ADMIN_ROW));
        String text = row.getText();
        assertTrue(text.contains("Alta de cuenta"), text);
        assertTrue(text.contains("Pendiente") || text.contains("Fallido"), "nothing listens on the SMTP port: " + text);
        String error = row.findElement(By.cssSelector(".error-text")).getText();
        assertFalse(error.isBlank(), "the row shows why it was not sent");
        assertTrue(row.findElement(By.cssSelector("[id$=':retry']")).isDisplayed(), "an admin may retry");

        row.findElement(By.cssSelector(".ui-row-toggler")).click();
        WebElement detail = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#outbox\\:table_data .error-full")));
        assertTrue(detail.getText().length() >= error.replace("…", "").length(), detail.getText());
        browser.screenshot("outbox-admin-error-detail");

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            browser.driver().findElement(ADMIN_ROW).findElement(By.cssSelector("[id$=':retry']")).click();
            browser.await().until(ExpectedConditions.elementToBeClickable(By.id("outbox:confirm-yes"))).click();
            browser.awaitMessage("Se programó un nuevo intento del mensaje a " + ADMIN_EMAIL);

            browser.driver().findElement(By.id("outbox:run")).click();

            await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(OutboxST::isForAdmin));
            // the "Run now" answer may re-render the form while a filter is typed: a stale field is tried again
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .ignoreException(StaleElementReferenceException.class).until(() -> {
                filterByRecipient("admin@vinculo");
                return browser.driver().findElement(ADMIN_ROW).getText().contains("Enviado");
            });
            assertTrue(browser.driver().findElements(By.cssSelector("#outbox\\:table_data [id$=':retry']")).isEmpty(),
                    "a sent message cannot be retried");
            browser.screenshot("outbox-admin-sent");
        } finally {
            smtp.stop();
        }
    }

    @Test
    @DisplayName("an admin opens the next 24 hours from the menu and goes back to the outbox")
    void adminSeesTheNext24Hours() {
        browser = Browser.start("es");
        browser.open("login.xhtml").login("admin", Browser.DEMO_PASSWORD);
        assertTrue(browser.text(By.id("card-outbox")).contains("Bandeja de salida"));

        browser.clickAndWaitForPage(By.id("menu-reminder-preview"));

        assertTrue(browser.text(By.cssSelector("h1.page-title")).contains("Próximas 24 horas"));
        String table = browser.text(By.id("preview:table"));
        assertTrue(table.contains("Vence") && table.contains("Destinatario"), table);
        if (!browser.driver().findElements(By.id("preview-empty")).isEmpty()) {
            assertTrue(browser.text(By.id("preview-empty")).contains("No hay avisos para las próximas 24 horas"));
        }
        browser.screenshot("reminder-preview");

        browser.clickAndWaitForPage(By.id("preview:outbox"));
        assertTrue(browser.text(By.cssSelector("h1.page-title")).contains("Bandeja de salida"));
    }

    @Test
    @DisplayName("an auditor reads the outbox without the buttons that run, retry or cancel")
    void auditorReadsTheOutbox() {
        browser = Browser.start("es");
        browser.open("login.xhtml").login("auditor", Browser.DEMO_PASSWORD);
        assertTrue(browser.menuText().contains("Bandeja de salida"));

        browser.open("admin/outbox.xhtml");

        assertTrue(browser.text(By.cssSelector("h1.page-title")).contains("Bandeja de salida"));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("outbox:table")));
        assertTrue(browser.driver().findElements(By.id("outbox:run")).isEmpty(), "no Run now for an auditor");
        assertTrue(browser.driver().findElements(By.cssSelector("[id$=':retry'], [id$=':cancel']")).isEmpty(),
                "no Retry or Cancel for an auditor");
        assertTrue(browser.text(By.id("outbox:table")).contains("Estado"));
        browser.screenshot("outbox-auditor");
    }

    @Test
    @DisplayName("a consultant asking for the outbox gets the access-denied page, not the table")
    void consultantIsRefused() {
        browser = Browser.start("es");
        browser.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
        assertFalse(browser.menuText().contains("Bandeja de salida"));

        browser.open("admin/outbox.xhtml");

        assertTrue(browser.text(By.id("error-title")).contains("Acceso denegado"));
        assertTrue(browser.driver().findElements(By.id("outbox:table")).isEmpty());
        browser.screenshot("outbox-consultant-403");
    }

    private void filterByRecipient(String prefix) {
        browser.type("outbox:recipient", prefix);
        WebElement before = browser.driver().findElement(TABLE_DATA);
        browser.driver().findElement(By.id("outbox:filter")).click();
        browser.await().until(ExpectedConditions.stalenessOf(before));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(TABLE_DATA));
    }

    private static boolean isForAdmin(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(ADMIN_EMAIL));
        } catch (MessagingException e) {
            return false;
        }
    }
}
