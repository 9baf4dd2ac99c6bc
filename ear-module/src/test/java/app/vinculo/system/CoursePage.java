package app.vinculo.system;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static app.vinculo.system.FormInputs.chooseInCheckboxMenu;
import static app.vinculo.system.FormInputs.typeNumber;

/** Page object of the course form (training/courses/view.xhtml), for the Implementation Head's browser. */
final class CoursePage {

    private CoursePage() {
    }

    /** Opens the course list (side menu). */
    static void openList(Browser head) {
        head.clickAndWaitForPage(By.id("menu-courses"));
        head.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("courses:table")));
    }

    /**
     * From the course list, adds a 6-hour course: code, title, one module, the syllabus typed into the editor; takes
     * the screenshot {@code screenshot} (null: none) of the filled form, saves, and returns the course page's address.
     */
    static String create(Browser head, String code, String title, String module, String syllabus, String screenshot) {
        head.clickAndWaitForPage(By.id("courses:new"));
        head.type("course:code", code);
        head.type("course:title", title);
        chooseInCheckboxMenu(head, "course:modules", module);
        typeNumber(head, "course:duration_input", "6");
        WebElement editor = head.await().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='course:syllabus'] .ql-editor")));
        editor.click();
        editor.sendKeys(syllabus);
        if (screenshot != null) {
            head.screenshot(screenshot);
        }
        head.driver().findElement(By.id("course:save")).click();
        head.await().until(ExpectedConditions.urlContains("courses/view.xhtml?id="));
        head.awaitMessage("Se creó el curso " + code);
        return head.driver().getCurrentUrl();
    }
}
