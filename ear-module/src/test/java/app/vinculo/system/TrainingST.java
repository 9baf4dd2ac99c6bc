package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static app.vinculo.system.FormInputs.*;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Training courses and the attendance register (IT RCU, R5.1–R5.3)")
class TrainingST {
    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String FABRICA = "Fábrica Sur";

    private static final String METALURGICA = "Metalúrgica Andina";

    @Test
    @DisplayName("the Implementation Head adds a course; a consultant plans an edition for today, invites three contacts of "
            + "two clients, opens it, registers them, takes attendance, marks it held and closes the register; the "
            + "register's sheet is gone, the RCU report (PDF, XLSX) and a certificate download with the right content, "
            + "the calendar and the contact's history show the course; the Implementation Head corrects the closed register")
    void courseEditionFromPlanToCertificate() throws Exception {
        String suffix = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String code = "ST-" + suffix;
        String title = "Tablero para jefes de planta " + suffix;
        String place = "Sala de capacitación " + suffix;
        String courseUrl;
        String editionUrl;

        try (Browser head = Browser.start("es")) {
            head.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            String menu = head.menuText();
            for (String entry : List.of("Cursos", "Dictados", "Registro de cursos (RCU)", "Calendario")) {
                assertTrue(menu.contains(entry), entry + " in " + menu);
            }
            head.clickAndWaitForPage(By.id("menu-courses"));
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("courses:table"), "VENTAS-101"));
            head.screenshot("training-courses-head");

            head.clickAndWaitForPage(By.id("courses:new"));
            head.type("course:code", code);
            head.type("course:title", title);
            chooseInCheckboxMenu(head, "course:modules", "Tablero de control");
            typeNumber(head, "course:duration_input", "6");
            WebElement editor = head.await().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='course:syllabus'] .ql-editor")));
            editor.click();
            editor.sendKeys("Indicadores de planta, alertas y tableros por turno.");
            head.screenshot("training-course-new");
            head.driver().findElement(By.id("course:save")).click();
            head.await().until(ExpectedConditions.urlContains("course.xhtml?id="));
            head.awaitMessage("Se creó el curso " + code);
            assertEquals(title, head.driver().findElement(By.id("course:title")).getAttribute("value"));
            assertTrue(head.text(By.cssSelector("[id='course:syllabus'] .ql-editor")).contains("Indicadores de planta"));
            courseUrl = head.driver().getCurrentUrl();
        }

        try (Browser consultant = Browser.start("es")) {
            consultant.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            consultant.driver().get(courseUrl);
            // a consultant reads the course (the sanitised syllabus) and plans an edition of it
            assertTrue(consultant.text(By.id("syllabus-view")).contains("Indicadores de planta"));
            consultant.clickAndWaitForPage(By.id("plan-edition"));
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan:course_label"), code));
            typeDate(consultant, "plan:sessions:0:day_input", DATE.format(LocalDate.now(BUENOS_AIRES)));
            consultant.type("plan:place", place);
            consultant.screenshot("training-edition-plan");
            consultant.driver().findElement(By.id("plan:save")).click();
            consultant.await().until(ExpectedConditions.urlContains("edition.xhtml?id="));
            consultant.awaitMessage("Se planificó el dictado de «" + title + "»");
            editionUrl = consultant.driver().getCurrentUrl();
            assertTrue(consultant.text(By.id("edition:status")).contains("Programado"));
            assertTrue(consultant.text(By.id("edition:place")).contains(place));

            // invitations: two contacts of Fábrica Sur, one of Metalúrgica Andina
            tab(consultant, "Invitar");
            inviteFrom(consultant, "fabrica", FABRICA, List.of("María González", "Juan Pérez"));
            consultant.awaitMessage("Invitaciones enviadas por correo: 2.");
            inviteFrom(consultant, "metalurgica", METALURGICA, List.of("Carlos Rodríguez"));
            consultant.awaitMessage("Invitaciones enviadas por correo: 1.");
            consultant.screenshot("training-edition-invite");

            // R5.1: registration once open
            consultant.driver().findElement(By.id("edition:open")).click();
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("edition:status"), "Inscripción abierta"));
            tab(consultant, "Inscriptos");
            consultant.await().until(ExpectedConditions.elementToBeClickable(By.id("tabs:registrations:accept-all"))).click();
            consultant.awaitMessage("Inscriptos: 3 · en lista de espera: 0.");
            String registrations = consultant.text(By.id("tabs:registrations:table"));
            for (String expected : List.of("María González", "Juan Pérez", "Carlos Rodríguez", FABRICA, METALURGICA, "Inscripto")) {
                assertTrue(registrations.contains(expected), expected + " in " + registrations);
            }
            assertTrue(consultant.text(By.id("edition:seats")).contains("Ocupadas: 3 de 12"));
            consultant.screenshot("training-edition-registrations");

            // the attendance sheet of today's session: all present, then Carlos absent, one save
            tab(consultant, "Asistencia");
            consultant.await().until(ExpectedConditions.elementToBeClickable(By.id("tabs:attendance:all-present"))).click();
            consultant.await().until(d -> d.findElements(By.cssSelector("[id='tabs:attendance:sheet'] .ui-button.ui-state-active"))
                    .size() == 3);
            markRow(consultant, "Carlos Rodríguez", "Ausente");
            new org.openqa.selenium.interactions.Actions(consultant.driver())
                    .moveToElement(consultant.driver().findElement(By.cssSelector("h1.page-title"))).perform();
            consultant.screenshot("training-attendance-sheet");
            consultant.driver().findElement(By.id("tabs:attendance:save")).click();
            consultant.awaitMessage("Se guardó la asistencia de la sesión 1 (marcas: 3).");
            String register = consultant.text(By.id("tabs:attendance:register"));
            assertTrue(register.contains("Presente") && register.contains("Ausente"), register);

            // held, then close the register (confirmed): R5.2
            consultant.driver().findElement(By.id("edition:held")).click();
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("edition:status"), "Realizado"));
            consultant.await().until(ExpectedConditions.elementToBeClickable(By.id("edition:close"))).click();
            consultant.await().until(ExpectedConditions.elementToBeClickable(By.id("edition:confirm-yes"))).click();
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("edition:status"), "Registro cerrado"));
            consultant.awaitMessage("Se cerró el registro de asistencia");
            tab(consultant, "Asistencia");
            consultant.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:attendance:closed-notice")));
            assertTrue(consultant.driver().findElements(By.id("tabs:attendance:save")).isEmpty(), "no sheet once closed");
            assertTrue(consultant.driver().findElements(By.id("tabs:attendance:all-present")).isEmpty());
            assertTrue(consultant.driver().findElements(By.cssSelector(".correct-button")).isEmpty(),
                    "only the Implementation Head corrects");
            consultant.screenshot("training-attendance-closed");

            Path downloads = Files.createTempDirectory("vinculo-training");
            ((ChromiumDriver) consultant.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));

            // the certificate of an attendee; none for the absent one
            tab(consultant, "Inscriptos");
            assertTrue(rowOf(consultant, "tabs:registrations:table", "Carlos Rodríguez")
                    .findElements(By.xpath(".//*[contains(@id,'certificate')]")).isEmpty(), "no certificate without attendance");
            rowOf(consultant, "tabs:registrations:table", "María González")
                    .findElement(By.xpath(".//button[contains(@id,'certificate')]")).click();
            Path certificate = awaitDownload(downloads, "certificado-");
            String certificateText = pdfText(certificate);
            for (String expected : List.of("Certificado de asistencia", "María González", title, code, "de " + FABRICA,
                    "1 de 1 sesiones")) {
                assertTrue(squeezed(certificateText).contains(squeezed(expected)), expected + " in certificate:\n" + certificateText);
            }

            // the RCU report of the last twelve months: on the page, as PDF and as XLSX
            consultant.clickAndWaitForPage(By.id("menu-rcu"));
            consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rcu:editions"), title));
            consultant.screenshot("training-rcu");
            consultant.driver().findElement(By.id("rcu:pdf")).click();
            String rcuText = pdfText(awaitDownload(downloads, "rcu-", ".pdf"));
            for (String expected : List.of("Registro de Cursos", code, title, FABRICA, METALURGICA)) {
                assertTrue(squeezed(rcuText).contains(squeezed(expected)), expected + " in RCU PDF:\n" + rcuText);
            }
            consultant.driver().findElement(By.id("rcu:xlsx")).click();
            String strings = xlsxStrings(awaitDownload(downloads, "rcu-", ".xlsx"));
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

        try (Browser head = Browser.start("es")) {
            head.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            head.driver().get(editionUrl);
            tab(head, "Asistencia");
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:attendance:closed-notice"),
                    "Jefe de Implementación"));
            rowOf(head, "tabs:attendance:register", "Carlos Rodríguez")
                    .findElement(By.xpath(".//button[contains(@class,'correct-button')]")).click();
            head.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("correct-form:reason")));
            head.type("correct-form:reason", "Llegó tarde; firmó la planilla en papel.");
            head.screenshot("training-correction-dialog");
            head.driver().findElement(By.id("correct-form:confirm")).click();
            head.awaitMessage("Se corrigió la asistencia de Carlos Rodríguez a la sesión 1.");
            head.await().until(d -> !rowOf(head, "tabs:attendance:register", "Carlos Rodríguez").getText().contains("Ausente"));
            head.screenshot("training-register-head");

            // R5.3: the suggested courses start an edition for the clients behind a topic
            head.clickAndWaitForPage(By.id("menu-courses"));
            head.clickAndWaitForPage(By.id("courses:suggestions"));
            head.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.page-title")));
            head.screenshot("training-suggestions");
            List<WebElement> plans = head.driver().findElements(By.cssSelector(".plan-button"));
            if (!plans.isEmpty()) {
                head.clickAndWaitForPage(By.cssSelector(".plan-button"));
                head.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("plan:save")));
                assertFalse(head.text(By.id("plan:course_label")).contains("Elija"), "the course is preselected");
                assertFalse(head.driver().findElements(By.cssSelector("[id='plan:clients'] .ui-autocomplete-token")).isEmpty(),
                        "the audience is the suggestion's clients");
                head.screenshot("training-suggestion-plan");
            }

            head.clickAndWaitForPage(By.id("menu-editions"));
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editions:table"), title));
            head.screenshot("training-editions");
        }

        try (Browser english = Browser.start("en")) {
            english.open("login.xhtml");
            english.clickAndWaitForPage(By.id("language:lang-en"));
            english.login("consultor", Browser.DEMO_PASSWORD);
            english.driver().get(editionUrl);
            english.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("edition:status"), "Register closed"));
            english.screenshot("training-edition-en");
            tab(english, "Attendance");
            english.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:attendance:closed-notice")));
            english.screenshot("training-attendance-en");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void tab(Browser b, String title) {
        b.await().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'edition-tabs')]//a[normalize-space()='" + title + "']"))).click();
        b.await().until(ExpectedConditions.attributeContains(By.xpath(
                "//*[contains(@class,'edition-tabs')]//li[.//a[normalize-space()='" + title + "']]"), "class", "ui-state-active"));
    }

    private static void inviteFrom(Browser b, String search, String client, List<String> names) {
        b.type("tabs:invite:client_input", search);
        b.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='tabs:invite:client_panel']//*[contains(@class,'ui-autocomplete-item')][contains(normalize-space(.),'"
                        + client + "')]"))).click();
        for (String name : names) {
            By box = By.xpath("//*[@id='tabs:invite:candidates']//tr[contains(normalize-space(.),'" + name
                    + "')]//div[contains(@class,'ui-chkbox-box')]");
            b.await().until(ExpectedConditions.elementToBeClickable(box)).click();
            b.await().until(ExpectedConditions.attributeContains(box, "class", "ui-state-active"));
        }
        b.driver().findElement(By.id("tabs:invite:invite")).click();
    }

    private static void markRow(Browser b, String name, String label) {
        By button = By.xpath("//*[@id='tabs:attendance:sheet']//tr[contains(normalize-space(.),'" + name
                + "')]//div[contains(@class,'ui-button')][normalize-space()='" + label + "']");
        b.await().until(ExpectedConditions.elementToBeClickable(button)).click();
        b.await().until(ExpectedConditions.attributeContains(button, "class", "ui-state-active"));
    }

    private static WebElement rowOf(Browser b, String tableId, String text) {
        return b.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='" + tableId + "']//tr[contains(normalize-space(.),'" + text + "')]")));
    }

    private static void chooseInCheckboxMenu(Browser b, String id, String label) {
        b.await().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        By item = By.xpath("//*[@id='" + id + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')]"
                + "[normalize-space(.)='" + label + "']//div[contains(@class,'ui-chkbox-box')]");
        b.await().until(ExpectedConditions.elementToBeClickable(item)).click();
        b.await().until(ExpectedConditions.attributeContains(item, "class", "ui-state-active"));
        ((JavascriptExecutor) b.driver()).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", id);
        b.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    private static Path awaitDownload(Path dir, String prefix) {
        return awaitDownload(dir, prefix, ".pdf");
    }

    /** The downloaded file named {@code prefix…suffix}, once complete. */
    private static Path awaitDownload(Path dir, String prefix, String suffix) {
        Path[] found = new Path[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (var files = Files.list(dir)) {
                found[0] = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                        && f.getFileName().toString().endsWith(suffix) && f.toFile().length() > 0).findFirst().orElse(null);
            }
            return found[0] != null;
        });
        return found[0];
    }

    /** Text without white space: a PDF's table cells wrap long words. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String pdfText(Path pdf) throws IOException {
        return PdfText.of(Files.readAllBytes(pdf));
    }

    /** The shared strings of a workbook (every text cell), read from the XLSX zip. */
    private static String xlsxStrings(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    zip.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
