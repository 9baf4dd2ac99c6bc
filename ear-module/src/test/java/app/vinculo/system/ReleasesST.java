package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("New versions and their publication (R6.1)")
class ReleasesST {
    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

    private static final String CONSULTANT_NAME = "Carla Consultora";

    /** The demo's planned requirement (RequirementsDemoData), which a change of the new release delivers. */
    private static final String DELIVERED = "Interfaz con el banco para pagos a proveedores";

    @Test
    @DisplayName("R&D registers a release and adds three changes (one typed, two pasted; a faulty paste is refused and kept "
            + "to be fixed), publishes it after a confirmation; the delivered requirement is on its client's timeline; the "
            + "impacted clients download as CSV and XLSX")
    void registerAndPublish() throws Exception {
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        String label = "ST-" + stamp;
        String typed = "Conciliación bancaria por archivo " + stamp;
        String modified = "Listas de precios con vigencia " + stamp;
        String fixed = "El remito no descontaba stock " + stamp;

        try (Browser rd = Browser.start("es")) {
            rd.open("login.xhtml").login("rd", Browser.DEMO_PASSWORD);
            assertTrue(rd.menuText().contains("Versiones · Pruebas funcionales"), rd.menuText());
            ReleasePage.openList(rd);
            rd.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("releases:table"), "2026.12"));
            rd.screenshot("releases-list-rd");

            ReleasePage release = ReleasePage.create(rd, label, LocalDate.now(BUENOS_AIRES).plusDays(3),
                    "Versión de prueba de sistema: tesorería, ventas y stock.", "release-new-dialog");
            assertTrue(rd.text(By.id("release:status")).contains("Borrador"));
            String releaseUrl = release.url();

            // one change through the form; it delivers the demo's planned requirement: on publication its client's
            // timeline says which version has it
            release.addChange("Nuevo desarrollo", "Tesorería (TESORERIA)", typed, DELIVERED);

            // two by pasting a list: a bad line refuses the whole paste and the text stays to be fixed
            release.paste("Modificación | VENTAS | " + modified + "\nArreglo | STOCK | " + fixed);
            rd.awaitMessage("revise las líneas 2");
            assertTrue(rd.driver().findElement(By.id("paste-form:text")).getAttribute("value").contains("Arreglo | STOCK"),
                    "the pasted text stays in the dialog");
            rd.screenshot("release-paste-refused");
            release.paste("Modificación | VENTAS | " + modified + "\nCorrección | STOCK | " + fixed);
            release.awaitPasted(2);
            rd.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".changes-table"), fixed));
            String changes = rd.text(By.cssSelector(".changes-table"));
            assertTrue(changes.contains(typed) && changes.contains(modified) && changes.contains("Corrección"), changes);
            assertEquals("3", rd.text(By.id("release:change-count")));
            rd.screenshot("release-view-rd");

            // R6.1: publish, after a confirmation that says who is told
            assertTrue(release.publishConfirmation().contains("Jefes de Implementación"));
            rd.driver().findElement(By.id("release:confirm-yes")).click();
            rd.awaitMessage("Se publicó la versión " + label);
            rd.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("release:status"), "Publicada"));
            assertTrue(rd.driver().findElements(By.cssSelector("[id$='changes:new']")).isEmpty(), "no more changes once published");

            // the delivered requirement on its client's timeline, with its own filter entry
            rd.clickAndWaitForPage(By.cssSelector(".changes-table a.client-ref"));
            rd.driver().findElement(By.xpath("//a[normalize-space()='Historial']")).click();
            rd.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".timeline"),
                    "La versión " + label + " contiene el requerimiento «" + DELIVERED + "»"));
            assertFalse(rd.driver().findElements(By.xpath("//*[contains(@id,'kinds')]//*[normalize-space()='Versiones']"))
                    .isEmpty(), "the timeline filter offers releases");
            rd.screenshot("client-timeline-release");
            rd.driver().get(releaseUrl);

            // impacted clients: every demo client has VENTAS and STOCK installed
            rd.driver().findElement(By.xpath("//a[normalize-space()='Clientes impactados']")).click();
            rd.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".impacted-table"), "Fábrica Sur"));
            assertTrue(rd.text(By.cssSelector(".impacted-table")).contains(CONSULTANT_NAME));
            rd.screenshot("release-impacted-clients");
            Downloads downloads = Downloads.of(rd);
            for (String type : List.of("csv", "xlsx")) {
                rd.driver().findElement(By.cssSelector("[id$='impacted:export-" + type + "']")).click();
                byte[] bytes = Files.readAllBytes(downloads.file("clientes-impactados-" + label + "." + type));
                if ("csv".equals(type)) {
                    String csv = new String(bytes, StandardCharsets.UTF_8);
                    assertTrue(csv.contains("Consultor líder") && csv.contains("Fábrica Sur") && csv.contains("Ventas"),
                            csv.substring(0, Math.min(400, csv.length())));
                } else {
                    assertTrue(bytes[0] == 'P' && bytes[1] == 'K', "an Office Open XML (zip) workbook");
                }
            }
        }
    }

    @Test
    @DisplayName("the release pages speak English: list, a draft release, an open campaign and the consultant's cases")
    void pagesInEnglish() {
        try (Browser rd = Browser.start("en")) {
            rd.loginInEnglish("rd", Browser.DEMO_PASSWORD);
            assertTrue(rd.menuText().contains("Releases · Test campaigns"), rd.menuText());
            rd.clickAndWaitForPage(By.id("menu-releases"));
            rd.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("releases:table"), "Draft"));
            noRawKeys(rd);
            rd.clickAndWaitForPage(By.xpath("//a[normalize-space()='2026.12']"));
            rd.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".changes-table"), "New development"));
            noRawKeys(rd);
            rd.screenshot("release-view-draft-en");
            rd.driver().findElement(By.cssSelector("[id$='changes:paste']")).click();
            rd.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("paste-form:text")));
            assertTrue(rd.text(By.id("paste-dialog")).contains("One line per change"));
            rd.screenshot("release-paste-dialog-en");
        }
        try (Browser head = Browser.start("en")) {
            head.loginInEnglish("jefe", Browser.DEMO_PASSWORD);
            head.clickAndWaitForPage(By.id("menu-releases"));
            head.clickAndWaitForPage(By.xpath("//tr[contains(.,'2026.11')]//a[normalize-space()='View campaign']"));
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaign:status"), "In progress"));
            assertTrue(head.text(By.id("cases:table")).contains("Failed"));
            noRawKeys(head);
            head.screenshot("campaign-en");
            head.driver().findElement(By.id("campaign:sign-off")).click();
            WebElement refused = head.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("signoff-form:refused")));
            assertTrue(refused.getText().contains("Cases not run"), refused.getText());
        }
        try (Browser consultant = Browser.start("en")) {
            consultant.loginInEnglish("consultor", Browser.DEMO_PASSWORD);
            consultant.clickAndWaitForPage(By.id("menu-my-cases"));
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), "2026.11"));
            noRawKeys(consultant);
            consultant.screenshot("my-cases-en");
        }
    }

    private static void noRawKeys(Browser b) {
        String text = b.text(By.id("content"));
        assertFalse(text.matches("(?s).*\\b(release|releases|campaign|testcase|change|changes|impacted|myCases)\\.[a-zA-Z]+.*"),
                "a raw message key on the page:\n" + text);
        assertFalse(text.contains("???"), text);
    }
}
