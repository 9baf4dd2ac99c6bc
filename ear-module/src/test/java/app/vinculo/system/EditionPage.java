package app.vinculo.system;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static app.vinculo.system.FormInputs.rowOf;
import static app.vinculo.system.FormInputs.typeDate;

/**
 * Page object of a course edition (training/editions/view.xhtml) and of its plan form: the steps of an edition's life —
 * plan, invite, open, accept the registrations, take attendance, held, close the register, correct it — and its tabs.
 * Each step waits until the page shows it was done; what a test asserts about the page stays in the test.
 */
final class EditionPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Browser b;

    private EditionPage(Browser b) {
        this.b = b;
    }

    /** The edition page the browser shows. */
    static EditionPage on(Browser b) {
        return new EditionPage(b);
    }

    /**
     * From the course page at {@code courseUrl}, plans an edition of one session on {@code day} at {@code place};
     * takes the screenshot {@code screenshot} (null: none) of the filled plan, saves, and is on the edition's page.
     */
    static EditionPage plan(Browser consultant, String courseUrl, String code, String title, LocalDate day, String place,
                            String screenshot) {
        consultant.driver().get(courseUrl);
        consultant.clickAndWaitForPage(By.id("plan-edition"));
        consultant.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan:course_label"), code));
        typeDate(consultant, "plan:sessions:0:day_input", DATE.format(day));
        consultant.type("plan:place", place);
        if (screenshot != null) {
            consultant.screenshot(screenshot);
        }
        consultant.driver().findElement(By.id("plan:save")).click();
        consultant.await().until(ExpectedConditions.urlContains("editions/view.xhtml?id="));
        consultant.awaitMessage("Se planificó el dictado de «" + title + "»");
        return new EditionPage(consultant);
    }

    String url() {
        return b.driver().getCurrentUrl();
    }

    String status() {
        return b.text(By.id("edition:status"));
    }

    void awaitStatus(String status) {
        b.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("edition:status"), status));
    }

    /** Shows a tab of the page ("Invitar", "Inscriptos", "Asistencia"). */
    void tab(String title) {
        b.await().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'edition-tabs')]//a[normalize-space()='" + title + "']"))).click();
        b.await().until(ExpectedConditions.attributeContains(By.xpath(
                "//*[contains(@class,'edition-tabs')]//li[.//a[normalize-space()='" + title + "']]"), "class", "ui-state-active"));
    }

    /** In the "Invitar" tab: picks the client found by {@code search}, ticks the contacts by name and invites them. */
    void invite(String search, String client, List<String> names) {
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

    /** Opens the registration (R5.1). */
    void open() {
        b.driver().findElement(By.id("edition:open")).click();
        awaitStatus("Inscripción abierta");
    }

    /** In the "Inscriptos" tab: accepts every pending invitation, in one click. */
    void acceptAll() {
        tab("Inscriptos");
        b.await().until(ExpectedConditions.elementToBeClickable(By.id("tabs:registrations:accept-all"))).click();
    }

    /** In the "Asistencia" tab: everyone present on the session's sheet (not saved yet). */
    void allPresent(int registered) {
        tab("Asistencia");
        b.await().until(ExpectedConditions.elementToBeClickable(By.id("tabs:attendance:all-present"))).click();
        b.await().until(d -> d.findElements(By.cssSelector("[id='tabs:attendance:sheet'] .ui-button.ui-state-active"))
                .size() == registered);
    }

    /** Marks one person on the sheet ("Presente", "Ausente"; not saved yet). */
    void mark(String name, String label) {
        By button = By.xpath("//*[@id='tabs:attendance:sheet']//tr[contains(normalize-space(.),'" + name
                + "')]//div[contains(@class,'ui-button')][normalize-space()='" + label + "']");
        b.await().until(ExpectedConditions.elementToBeClickable(button)).click();
        b.await().until(ExpectedConditions.attributeContains(button, "class", "ui-state-active"));
    }

    void saveAttendance() {
        b.driver().findElement(By.id("tabs:attendance:save")).click();
    }

    /** Marks the edition held, then closes its register after the confirmation (R5.2). */
    void heldAndClosed() {
        b.driver().findElement(By.id("edition:held")).click();
        awaitStatus("Realizado");
        b.await().until(ExpectedConditions.elementToBeClickable(By.id("edition:close"))).click();
        b.await().until(ExpectedConditions.elementToBeClickable(By.id("edition:confirm-yes"))).click();
        awaitStatus("Registro cerrado");
        b.awaitMessage("Se cerró el registro de asistencia");
    }

    /** The Implementation Head's correction of one person on the closed register, with its reason (not confirmed yet). */
    void openCorrection(String name, String reason) {
        rowOf(b, "tabs:attendance:register", name).findElement(By.xpath(".//button[contains(@class,'correct-button')]")).click();
        b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("correct-form:reason")));
        b.type("correct-form:reason", reason);
    }

    void confirmCorrection() {
        b.driver().findElement(By.id("correct-form:confirm")).click();
    }
}
