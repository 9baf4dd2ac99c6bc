package app.vinculo.system;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static app.vinculo.system.FormInputs.chooseMenuItem;
import static app.vinculo.system.FormInputs.chooseRadio;
import static app.vinculo.system.FormInputs.typeDate;

/**
 * Page object of a release (releases/view.xhtml) for R&amp;D's browser: registering it from the list, adding changes
 * through the form or by pasting a list, publishing. Each step waits until the page shows it was done.
 */
final class ReleasePage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Browser rd;

    private ReleasePage(Browser rd) {
        this.rd = rd;
    }

    /** Opens the release list (side menu). */
    static void openList(Browser rd) {
        rd.clickAndWaitForPage(By.id("menu-releases"));
        rd.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("releases:table")));
    }

    /**
     * From the release list, registers a release dated {@code date}; takes the screenshot {@code screenshot} (null:
     * none) of the filled dialog, and is on the new release's page.
     */
    static ReleasePage create(Browser rd, String label, LocalDate date, String notes, String screenshot) {
        rd.driver().findElement(By.id("releases:new")).click();
        rd.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("release-form:label")));
        rd.type("release-form:label", label);
        typeDate(rd, "release-form:date_input", DATE.format(date));
        rd.type("release-form:notes", notes);
        if (screenshot != null) {
            rd.screenshot(screenshot);
        }
        rd.driver().findElement(By.id("release-form:create")).click();
        rd.await().until(ExpectedConditions.urlContains("releases/view.xhtml"));
        rd.awaitMessage("Se registró la versión " + label);
        return new ReleasePage(rd);
    }

    String url() {
        return rd.driver().getCurrentUrl();
    }

    /** One change through the form: kind, module and description, and the requirement it delivers (null: none). */
    void addChange(String kind, String module, String description, String requirement) {
        rd.driver().findElement(By.cssSelector("[id$='changes:new']")).click();
        rd.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("change-form:description")));
        chooseRadio(rd, "change-form:kind", kind);
        chooseMenuItem(rd, "change-form:module", module);
        rd.type("change-form:description", description);
        if (requirement != null) {
            chooseMenuItem(rd, "change-form:requirement", requirement);
        }
        rd.driver().findElement(By.id("change-form:save")).click();
        rd.awaitMessage("Se agregó el cambio");
        rd.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".changes-table"), description));
        rd.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("change-dialog")));
    }

    /** Opens the paste dialog (if it is not open) and submits {@code lines}; the page then says what it did. */
    void paste(String lines) {
        if (rd.driver().findElements(By.cssSelector("[id='paste-form:text']")).stream().noneMatch(e -> e.isDisplayed())) {
            rd.driver().findElement(By.cssSelector("[id$='changes:paste']")).click();
            rd.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("paste-form:text")));
        }
        rd.type("paste-form:text", lines);
        rd.driver().findElement(By.id("paste-form:add")).click();
    }

    /** After a paste that added {@code count} changes: the dialog closes. */
    void awaitPasted(int count) {
        rd.awaitMessage("Se agregaron " + count + " cambios");
        rd.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("paste-dialog")));
    }

    /** R6.1: publishes after the confirmation, which names who is told. */
    void publish(String label) {
        rd.driver().findElement(By.id("release:publish")).click();
        rd.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("release:confirm")));
        rd.driver().findElement(By.id("release:confirm-yes")).click();
        rd.awaitMessage("Se publicó la versión " + label);
        rd.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("release:status"), "Publicada"));
    }

    /** The confirmation the publish button asks for, left open. */
    String publishConfirmation() {
        rd.driver().findElement(By.id("release:publish")).click();
        return rd.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("release:confirm"))).getText();
    }
}
