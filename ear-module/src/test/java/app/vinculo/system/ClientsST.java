package app.vinculo.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Clients: search, client page, create with a contact, bad input (R1.1)")
class ClientsST {

    static final String XSS = "<script>alert(1)</script>";

    private Browser consultant;

    @BeforeEach
    void signIn() {
        consultant = Browser.start("es");
        consultant.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
    }

    @AfterEach
    void quit() {
        consultant.quit();
    }

    @Test
    @DisplayName("the side menu marks the section of the page being read: Clientes on a client, Cursos on the courses")
    void sideMenuMarksTheCurrentSection() {
        consultant.open("clients/list.xhtml");
        assertEquals("Clientes", currentSection());
        openFromTopBar(consultant, "fabrica", "Fábrica Sur");
        assertEquals("Clientes", currentSection());
        consultant.open("training/courses/list.xhtml");
        assertEquals("Cursos", currentSection());
    }

    /** The one side-menu entry drawn as the current section (bold on a tinted background). */
    private String currentSection() {
        java.util.List<WebElement> marked = consultant.driver()
                .findElements(By.cssSelector("#sidemenu .ui-menuitem-link")).stream()
                .filter(a -> Integer.parseInt(a.getCssValue("font-weight")) >= 600).toList();
        assertEquals(1, marked.size(), "one entry marked: " + marked.stream().map(WebElement::getText).toList());
        return marked.get(0).getText();
    }

    @Test
    @DisplayName("a consultant finds \"fabrica\" in the top bar and the client page shows its A&M at a glance")
    void searchFromTheTopBarOpensTheClientPage() {
        openFromTopBar(consultant, "fabrica", "Fábrica Sur");

        assertTrue(consultant.text(By.cssSelector("h1.page-title")).contains("Fábrica Sur"));
        String glance = consultant.text(By.id("glance"));
        assertTrue(glance.contains("A&M vigente hasta"), glance);
        assertTrue(consultant.text(By.id("header:tradeName")).contains("Fábrica Sur"));
        consultant.screenshot("client-view-fabrica-sur");

        consultant.clickAndWaitForPage(By.id("menu-clients"));
        consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("clients:table"),
                "Razón social"));
        assertTrue(consultant.text(By.id("clients:table")).contains("Sin A&M"), "clients without A&M are tagged");
        consultant.screenshot("clients-list");
    }

    @Test
    @DisplayName("the client list exports to CSV, XLSX and PDF with the clients shown")
    void listExports() throws Exception {
        Downloads downloads = Downloads.of(consultant);
        consultant.clickAndWaitForPage(By.id("menu-clients"));
        consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("clients:table"), "Razón social"));
        for (String type : java.util.List.of("csv", "xlsx", "pdf")) {
            consultant.driver().findElement(By.id("clients:export-" + type)).click();
            byte[] bytes = java.nio.file.Files.readAllBytes(downloads.file("clientes." + type));
            switch (type) {
                case "csv" -> {
                    String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(csv.contains("Razón social") && csv.contains("Fábrica Sur"), csv.substring(0, Math.min(300, csv.length())));
                }
                case "xlsx" -> assertTrue(bytes[0] == 'P' && bytes[1] == 'K', "an Office Open XML (zip) workbook");
                default -> assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
            }
        }
    }

    @Test
    @DisplayName("a consultant creates a client with a contact; an XSS trade name is shown as text on the page and in the list")
    void createsAClientWithAContact() {
        String stamp = "st" + Long.toString(System.currentTimeMillis(), 36);
        String legalName = "Prueba " + stamp + " S.A.";

        consultant.open("clients/list.xhtml");
        consultant.clickAndWaitForPage(By.id("clients:new"));
        consultant.type("client:legalName", legalName);
        consultant.type("client:tradeName", XSS);
        consultant.type("client:taxId", validCuit());
        consultant.type("client:industry", "Pruebas de sistema");
        consultant.screenshot("client-new-filled");
        consultant.driver().findElement(By.id("client:save")).click();

        consultant.await().until(ExpectedConditions.urlContains("clients/view.xhtml"));
        assertTrue(consultant.awaitMessage("Se dio de alta el cliente").contains(legalName));
        assertEquals(XSS, consultant.text(By.id("header:tradeName")));
        assertNoAlert();

        consultant.driver().findElement(By.cssSelector("[id$='contacts:new']")).click();
        consultant.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-form:name")));
        consultant.type("contact-form:name", "Ana Gómez");
        consultant.type("contact-form:position", "Gerente de Administración");
        consultant.type("contact-form:email", "ana.gomez@example.test");
        consultant.driver().findElement(By.cssSelector("#contact-form\\:decisionMaker .ui-chkbox-box")).click();
        consultant.screenshot("client-contact-dialog");
        consultant.driver().findElement(By.id("contact-form:save")).click();
        consultant.awaitMessage("Se agregó el contacto Ana Gómez");
        consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".contacts-table"), "Ana Gómez"));
        assertTrue(consultant.text(By.cssSelector(".contacts-table")).contains("Decide"));
        consultant.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("contact-dialog")));
        consultant.screenshot("client-created-with-contact");

        consultant.open("clients/list.xhtml");
        WebElement before = consultant.driver().findElement(By.id("clients:table_data"));
        consultant.type("clients:text", stamp);
        consultant.await().until(ExpectedConditions.stalenessOf(before));
        consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("clients:table_data"),
                legalName));
        assertTrue(consultant.text(By.id("clients:table_data")).contains(XSS));
        assertNoAlert();
        consultant.screenshot("clients-list-xss-as-text");
    }

    @Test
    @DisplayName("a wrong CUIT check digit is refused with the translated message and what was typed is kept")
    void wrongCheckDigitIsRefused() {
        String cuit = validCuit();
        int last = cuit.charAt(cuit.length() - 1) - '0';
        String wrong = cuit.substring(0, cuit.length() - 1) + ((last + 1) % 10);

        consultant.open("clients/edit.xhtml");
        consultant.type("client:legalName", "Dígito Erróneo S.A.");
        consultant.type("client:taxId", wrong);
        consultant.driver().findElement(By.id("client:save")).click();

        consultant.awaitMessage("dígito verificador del CUIT");
        assertTrue(consultant.driver().getCurrentUrl().contains("clients/edit.xhtml"));
        assertEquals("Dígito Erróneo S.A.", consultant.driver().findElement(By.id("client:legalName")).getAttribute("value"));
        assertEquals(wrong, consultant.driver().findElement(By.id("client:taxId")).getAttribute("value"));
        consultant.screenshot("client-wrong-cuit");
    }

    @Test
    @DisplayName("a 10 001-character legal name is refused with a message")
    void hugeLegalNameIsRefused() {
        consultant.open("clients/edit.xhtml");
        consultant.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("client:legalName")));
        ((JavascriptExecutor) consultant.driver()).executeScript(
                "var e = document.getElementById('client:legalName'); e.removeAttribute('maxlength');"
                        + " e.value = 'A'.repeat(10001);");
        consultant.type("client:taxId", validCuit());
        consultant.driver().findElement(By.id("client:save")).click();

        String message = consultant.awaitMessage("como máximo 200 caracteres");
        assertTrue(message.contains("razón social"), message);
        assertTrue(consultant.driver().getCurrentUrl().contains("clients/edit.xhtml"));
        consultant.screenshot("client-huge-name");
    }

    @Test
    @DisplayName("an id typed in the URL for a missing client gives the 404 page")
    void missingClientGives404() {
        consultant.open("clients/view.xhtml?id=999999999");

        assertTrue(consultant.text(By.id("error-title")).contains("Página no encontrada"));
        consultant.screenshot("client-404");
    }

    /** Types in the top bar's search and opens the hit that contains {@code hit}. */
    static void openFromTopBar(Browser browser, String text, String hit) {
        browser.type("topbar:search_input", text);
        WebElement item = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='topbar:search_panel']//*[contains(@class,'ui-autocomplete-item')][contains(normalize-space(.),'"
                        + hit + "')]")));
        item.click();
        browser.await().until(ExpectedConditions.urlContains("clients/view.xhtml"));
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("glance")));
    }

    private void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> consultant.driver().switchTo().alert());
    }

    /** A CUIT with a valid check digit (módulo 11, weights 5,4,3,2,7,6,5,4,3,2; 10 is skipped). */
    static String validCuit() {
        int[] weights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String body = "30" + String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            if (check == 10) {
                continue;
            }
            return body.substring(0, 2) + "-" + body.substring(2, 10) + "-" + check;
        }
    }
}
