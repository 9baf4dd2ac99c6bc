package app.vinculo.system;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * How a user fills the portal's PrimeFaces inputs, written once for every system test: radio buttons by label,
 * date pickers, number inputs, select menus, and waiting for the page's Ajax to finish.
 */
final class FormInputs {

    private FormInputs() {
    }

    static void chooseRadio(Browser b, String id, String label) {
        b.driver().findElement(By.xpath("//*[@id='" + id + "']//label[normalize-space()='" + label + "']")).click();
    }

    /**
     * Sets a date picker's text the way a user's typing ends up: in the input, with its change event. Typed keys
     * raced with the picker handing the focus back to its input, so the next field's text landed in the date.
     */
    static void typeDate(Browser b, String id, String text) {
        WebElement input = b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        ((JavascriptExecutor) b.driver()).executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));"
                        + "arguments[0].blur();", input, text);
        b.await().until(ExpectedConditions.attributeToBe(By.id(id), "value", text));
    }

    /** Types digits into a p:inputNumber (which groups thousands with '.') and leaves the field. */
    static void typeNumber(Browser b, String id, String digits) {
        WebElement input = b.await().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(digits);
        input.sendKeys(Keys.TAB);
        b.await().until(d -> d.findElement(By.id(id)).getAttribute("value").replace(".", "").startsWith(digits));
    }

    /**
     * Opens a PrimeFaces select menu and picks the item by its label; again if a click landed while the panel was still
     * opening (the label then keeps its old text) or while the panel was still under a dialog's mask; reopened when its item
     * takes no click.
     */
    static void chooseMenuItem(Browser b, String id, String label) {
        By item = By.cssSelector("[id='" + id + "_items'] li[data-label*='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            b.driver().findElement(By.id(id)).click();
            b.await().until(ExpectedConditions.visibilityOfElementLocated(item));
            b.await().until(d -> !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return window.jQuery && jQuery(':animated').length > 0")));
            // a panel still being placed (it opens at the page's top, then moves under its field) can sit under the
            // dialog's mask for a moment: click again once it is clear; a panel left where its item takes no click
            // (seen on a loaded machine) is closed and opened again, so that PrimeFaces places it anew
            try {
                new WebDriverWait(b.driver(), Duration.ofSeconds(5)).ignoring(ElementNotInteractableException.class).until(d -> {
                    d.findElement(item).click();
                    return true;
                });
            } catch (TimeoutException notClickable) {
                if (attempt == 3) {
                    b.screenshot("menu-not-clickable-" + id.replace(':', '-'));
                    throw notClickable;
                }
                ((JavascriptExecutor) b.driver()).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", id);
                b.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
                continue;
            }
            try {
                new WebDriverWait(b.driver(), Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Ticks one item of a PrimeFaces checkbox menu by its label and closes the menu. */
    static void chooseInCheckboxMenu(Browser b, String id, String label) {
        b.await().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        By item = By.xpath("//*[@id='" + id + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')]"
                + "[normalize-space(.)='" + label + "']//div[contains(@class,'ui-chkbox-box')]");
        b.await().until(ExpectedConditions.elementToBeClickable(item)).click();
        b.await().until(ExpectedConditions.attributeContains(item, "class", "ui-state-active"));
        ((JavascriptExecutor) b.driver()).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", id);
        b.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    /** The first row of a table ({@code tableId}) whose text contains {@code text}, once visible. */
    static WebElement rowOf(Browser b, String tableId, String text) {
        return b.await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='" + tableId + "']//tr[contains(normalize-space(.),'" + text + "')]")));
    }

    /** Whether the page has no PrimeFaces Ajax request queued or running. */
    static boolean ajaxIdle(Browser b) {
        return Boolean.TRUE.equals(((JavascriptExecutor) b.driver()).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);"));
    }
}
