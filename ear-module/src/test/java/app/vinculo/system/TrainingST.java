package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static app.vinculo.system.FormInputs.rowOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Training courses and the attendance register (IT RCU, R5.1–R5.3)")
class TrainingST {
    private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

    private static final String FABRICA = "Fábrica Sur";

    private static final String METALURGICA = "Metalúrgica Andina";

    @Test
    @DisplayName("the Implementation Head adds a course; a consultant plans an edition for today, invites three contacts of "
            + "two clients, opens it, registers them, takes attendance, marks it held and closes the register, whose sheet "
            + "is then gone; the Implementation Head corrects the closed register; the edition reads in English")
    void courseEditionFromPlanToClosedRegister() {
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
            CoursePage.openList(head);
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("courses:table"), "VENTAS-101"));
            head.screenshot("training-courses-head");
            courseUrl = CoursePage.create(head, code, title, "Tablero de control",
                    "Indicadores de planta, alertas y tableros por turno.", "training-course-new");
            assertEquals(title, head.driver().findElement(By.id("course:title")).getAttribute("value"));
            assertTrue(head.text(By.cssSelector("[id='course:syllabus'] .ql-editor")).contains("Indicadores de planta"));
        }

        try (Browser consultant = Browser.start("es")) {
            consultant.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            consultant.driver().get(courseUrl);
            // a consultant reads the course (the sanitised syllabus) and plans an edition of it
            assertTrue(consultant.text(By.id("syllabus-view")).contains("Indicadores de planta"));
            EditionPage edition = EditionPage.plan(consultant, courseUrl, code, title, LocalDate.now(BUENOS_AIRES), place,
                    "training-edition-plan");
            editionUrl = edition.url();
            assertTrue(edition.status().contains("Programado"));
            assertTrue(consultant.text(By.id("edition:place")).contains(place));

            // invitations: two contacts of Fábrica Sur, one of Metalúrgica Andina
            edition.tab("Invitar");
            edition.invite("fabrica", FABRICA, List.of("María González", "Juan Pérez"));
            consultant.awaitMessage("Invitaciones enviadas por correo: 2.");
            edition.invite("metalurgica", METALURGICA, List.of("Carlos Rodríguez"));
            consultant.awaitMessage("Invitaciones enviadas por correo: 1.");
            consultant.screenshot("training-edition-invite");

            // R5.1: registration once open
            edition.open();
            edition.acceptAll();
            consultant.awaitMessage("Inscriptos: 3 · en lista de espera: 0.");
            String registrations = consultant.text(By.id("tabs:registrations:table"));
            for (String expected : List.of("María González", "Juan Pérez", "Carlos Rodríguez", FABRICA, METALURGICA, "Inscripto")) {
                assertTrue(registrations.contains(expected), expected + " in " + registrations);
            }
            assertTrue(consultant.text(By.id("edition:seats")).contains("Ocupadas: 3 de 12"));
            consultant.screenshot("training-edition-registrations");

            // the attendance sheet of today's session: all present, then Carlos absent, one save
            edition.allPresent(3);
            edition.mark("Carlos Rodríguez", "Ausente");
            new Actions(consultant.driver()).moveToElement(consultant.driver().findElement(By.cssSelector("h1.page-title"))).perform();
            consultant.screenshot("training-attendance-sheet");
            edition.saveAttendance();
            consultant.awaitMessage("Se guardó la asistencia de la sesión 1 (marcas: 3).");
            String register = consultant.text(By.id("tabs:attendance:register"));
            assertTrue(register.contains("Presente") && register.contains("Ausente"), register);

            // held, then close the register (confirmed): R5.2
            edition.heldAndClosed();
            edition.tab("Asistencia");
            consultant.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:attendance:closed-notice")));
            assertTrue(consultant.driver().findElements(By.id("tabs:attendance:save")).isEmpty(), "no sheet once closed");
            assertTrue(consultant.driver().findElements(By.id("tabs:attendance:all-present")).isEmpty());
            assertTrue(consultant.driver().findElements(By.cssSelector(".correct-button")).isEmpty(),
                    "only the Implementation Head corrects");
            consultant.screenshot("training-attendance-closed");
        }

        try (Browser head = Browser.start("es")) {
            head.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            head.driver().get(editionUrl);
            EditionPage edition = EditionPage.on(head);
            edition.tab("Asistencia");
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:attendance:closed-notice"),
                    "Jefe de Implementación"));
            edition.openCorrection("Carlos Rodríguez", "Llegó tarde; firmó la planilla en papel.");
            head.screenshot("training-correction-dialog");
            edition.confirmCorrection();
            head.awaitMessage("Se corrigió la asistencia de Carlos Rodríguez a la sesión 1.");
            head.await().until(d -> !rowOf(head, "tabs:attendance:register", "Carlos Rodríguez").getText().contains("Ausente"));
            head.screenshot("training-register-head");

            head.clickAndWaitForPage(By.id("menu-editions"));
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editions:table"), title));
            head.screenshot("training-editions");
        }

        try (Browser english = Browser.start("en")) {
            english.loginInEnglish("consultor", Browser.DEMO_PASSWORD);
            english.driver().get(editionUrl);
            english.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("edition:status"), "Register closed"));
            english.screenshot("training-edition-en");
            EditionPage.on(english).tab("Attendance");
            english.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:attendance:closed-notice")));
            english.screenshot("training-attendance-en");
        }
    }

    @Test
    @DisplayName("R5.3 the suggested courses start the plan of an edition with its course and the clients behind the topic")
    void suggestedCoursesStartAPlan() {
        try (Browser head = Browser.start("es")) {
            head.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            CoursePage.openList(head);
            head.clickAndWaitForPage(By.id("courses:suggestions"));
            head.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.page-title")));
            head.screenshot("training-suggestions");
            List<WebElement> plans = head.driver().findElements(By.cssSelector(".plan-button"));
            assertFalse(plans.isEmpty(), "the demo's topics shared by several clients (Tablero de control, CRM) are suggested");
            head.clickAndWaitForPage(By.cssSelector(".plan-button"));
            head.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("plan:save")));
            assertFalse(head.text(By.id("plan:course_label")).contains("Elija"), "the course is preselected");
            assertFalse(head.driver().findElements(By.cssSelector("[id='plan:clients'] .ui-autocomplete-token")).isEmpty(),
                    "the audience is the suggestion's clients");
            head.screenshot("training-suggestion-plan");
        }
    }

    @Test
    @DisplayName("#12 the training pages' old addresses (links in reminders already sent) answer 301 to the new ones with "
            + "the same query string; an anonymous visitor signs in first")
    void oldAddressesMove() {
        assertTrue(new PortalHttp().get("training/edition.xhtml?id=1").headers().firstValue("Location").orElse("")
                .contains("login.xhtml"), "the old address is protected as the new one");
        PortalHttp consultant = new PortalHttp();
        assertTrue(consultant.login("consultor", Browser.DEMO_PASSWORD));
        Map<String, String> moved = Map.of("training/courses.xhtml", "training/courses/list.xhtml",
                "training/course.xhtml?id=1", "training/courses/view.xhtml?id=1",
                "training/editions.xhtml", "training/editions/list.xhtml",
                "training/edition.xhtml?id=1&x=2", "training/editions/view.xhtml?id=1&x=2",
                "training/edition-edit.xhtml?course=1", "training/editions/edit.xhtml?course=1");
        moved.forEach((old, now) -> {
            HttpResponse<String> answer = consultant.get(old);
            assertEquals(301, answer.statusCode(), old);
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/" + now), old + " " + answer.headers());
        });
    }
}
