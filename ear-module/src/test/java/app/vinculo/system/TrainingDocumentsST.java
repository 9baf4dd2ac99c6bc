package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static app.vinculo.system.FormInputs.chooseInCheckboxMenu;
import static app.vinculo.system.FormInputs.rowOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("What a closed attendance register gives: certificates, the RCU report, the calendar, the contact's history (R5.2)")
class TrainingDocumentsST {
    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

    private static final String FABRICA = "Fábrica Sur";

    private static final String METALURGICA = "Metalúrgica Andina";

    @Test
    @DisplayName("once an edition's register is closed, the certificate of an attendee (none for the absent one) and the "
            + "RCU report (page, PDF, XLSX) download with the right content, the calendar shows the session, the contact's "
            + "courses and the client's timeline show the course")
    void closedRegisterDocumentsAndHistory() throws Exception {
        String suffix = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String code = "SD-" + suffix;
        String title = "Tablero de stock para depósitos " + suffix;
        String courseUrl;

        try (Browser head = Browser.start("es")) {
            head.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            CoursePage.openList(head);
            courseUrl = CoursePage.create(head, code, title, "Tablero de control", "Stock por depósito y alertas.", null);
        }

        try (Browser consultant = Browser.start("es")) {
            consultant.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            EditionPage edition = EditionPage.plan(consultant, courseUrl, code, title, LocalDate.now(BUENOS_AIRES),
                    "Sala " + suffix, null);
            edition.tab("Invitar");
            edition.invite("fabrica", FABRICA, List.of("María González", "Juan Pérez"));
            consultant.awaitMessage("Invitaciones enviadas por correo: 2.");
            edition.invite("metalurgica", METALURGICA, List.of("Carlos Rodríguez"));
            consultant.awaitMessage("Invitaciones enviadas por correo: 1.");
            edition.open();
            edition.acceptAll();
            consultant.awaitMessage("Inscriptos: 3 · en lista de espera: 0.");
            edition.allPresent(3);
            edition.mark("Carlos Rodríguez", "Ausente");
            edition.saveAttendance();
            consultant.awaitMessage("Se guardó la asistencia de la sesión 1 (marcas: 3).");
            edition.heldAndClosed();

            Downloads downloads = Downloads.of(consultant);

            // the certificate of an attendee; none for the absent one
            edition.tab("Inscriptos");
            assertTrue(rowOf(consultant, "tabs:registrations:table", "Carlos Rodríguez")
                    .findElements(By.xpath(".//*[contains(@id,'certificate')]")).isEmpty(), "no certificate without attendance");
            rowOf(consultant, "tabs:registrations:table", "María González")
                    .findElement(By.xpath(".//button[contains(@id,'certificate')]")).click();
            String certificateText = Downloads.pdfText(downloads.file("certificado-", ".pdf"));
            for (String expected : List.of("Certificado de asistencia", "María González", title, code, "de " + FABRICA,
                    "1 de 1 sesiones")) {
                assertTrue(squeezed(certificateText).contains(squeezed(expected)), expected + " in certificate:\n" + certificateText);
            }

            // the RCU report of the last twelve months: on the page, as PDF and as XLSX
            consultant.clickAndWaitForPage(By.id("menu-rcu"));
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rcu:editions"), title));
            consultant.screenshot("training-rcu");
            consultant.driver().findElement(By.id("rcu:pdf")).click();
            String rcuText = Downloads.pdfText(downloads.file("rcu-", ".pdf"));
            for (String expected : List.of("Registro de Cursos", code, title, FABRICA, METALURGICA)) {
                assertTrue(squeezed(rcuText).contains(squeezed(expected)), expected + " in RCU PDF:\n" + rcuText);
            }
            consultant.driver().findElement(By.id("rcu:xlsx")).click();
            String strings = Downloads.xlsxStrings(downloads.file("rcu-", ".xlsx"));
            for (String expected : List.of(code, title, FABRICA, "Dictados", "Asistentes")) {
                assertTrue(strings.contains(expected), expected + " in RCU XLSX");
            }

            // the calendar shows today's session; the contact's history has the course
            consultant.clickAndWaitForPage(By.id("menu-calendar"));
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:schedule"), title));
            consultant.screenshot("training-calendar");

            ClientsST.openFromTopBar(consultant, "fabrica", FABRICA);
            rowOf(consultant, "tabs:contacts:table", "María González")
                    .findElement(By.xpath(".//button[contains(@id,'courses')]")).click();
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("courses-form:contact-courses"), title));
            assertTrue(consultant.text(By.id("courses-form:contact-courses")).contains("1 / 1"));
            consultant.screenshot("training-contact-courses");
            consultant.driver().findElement(By.cssSelector("[id='courses-dialog'] .ui-dialog-titlebar-close")).click();
            consultant.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("courses-dialog")));

            // the client's timeline, filtered to courses
            consultant.driver().findElement(By.xpath("//a[normalize-space()='Historial']")).click();
            chooseInCheckboxMenu(consultant, "tabs:timeline:kinds", "Cursos");
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".timeline"),
                    "Curso «" + title + "»: María González asistió a 1 de 1 sesiones."));
            consultant.screenshot("training-client-timeline");
        }
    }

    /** Text without white space: a PDF's table cells wrap long words. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
