package app.vinculo.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Reminder e-mail preferences on the profile page")
class ReminderPreferencesST {

    private static final String DIGEST = "Resumen diario";
    private static final String IMMEDIATE = "Inmediatos";

    private Browser browser;

    @BeforeEach
    void signIn() {
        browser = Browser.start("es");
        browser.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
    }

    @AfterEach
    void quit() {
        browser.quit();
    }

    @Test
    @DisplayName("a consultant switches to a daily digest at 18 h, finds it kept after reloading, and switches back")
    void digestChoiceIsKept() {
        browser.clickAndWaitForPage(By.id("topbar:profile"));
        assertTrue(browser.text(By.id("reminders")).contains("Avisos por correo"));
        assertTrue(radio(IMMEDIATE).isSelected(), "the demo consultant starts with immediate e-mails");
        assertTrue(hourDisabled(), "the hour is only for the digest");
        WebElement mandatory = browser.driver().findElement(By.xpath(
                "//*[@id='reminders:kinds']//label[contains(normalize-space(),'RM3') and contains(.,'obligatorio')]"));
        assertTrue(browser.driver().findElement(By.id(mandatory.getAttribute("for"))).isSelected());
        assertFalse(browser.driver().findElement(By.id(mandatory.getAttribute("for"))).isEnabled());
        browser.screenshot("profile-reminders");

        choose(DIGEST);
        browser.await().until(d -> !hourDisabled());
        chooseHour("18:00");
        browser.screenshot("profile-reminders-digest");
        browser.driver().findElement(By.id("reminders:save")).click();
        browser.awaitMessage("Se guardaron sus preferencias de avisos");

        browser.open("profile.xhtml");
        assertTrue(radio(DIGEST).isSelected(), "the digest is kept");
        assertEquals("18:00", browser.text(By.id("reminders:hour_label")));
        assertFalse(hourDisabled());
        browser.screenshot("profile-reminders-kept");

        choose(IMMEDIATE);
        browser.await().until(d -> hourDisabled());
        browser.driver().findElement(By.id("reminders:save")).click();
        browser.awaitMessage("Se guardaron sus preferencias de avisos");
        browser.open("profile.xhtml");
        assertTrue(radio(IMMEDIATE).isSelected(), "back to immediate e-mails");
    }

    private WebElement label(String text) {
        return browser.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='reminders:delivery']//label[normalize-space()='" + text + "']")));
    }

    private WebElement radio(String text) {
        return browser.driver().findElement(By.id(label(text).getAttribute("for")));
    }

    private void choose(String text) {
        label(text).click();
        browser.await().until(d -> radio(text).isSelected());
    }

    /** Whether the hour select is disabled; while Ajax replaces it, asks again. */
    private boolean hourDisabled() {
        for (int attempt = 0; ; attempt++) {
            try {
                return browser.driver().findElement(By.id("reminders:hour")).getAttribute("class")
                        .contains("ui-state-disabled");
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** The menu's item by label, again when a click landed while the panel was still opening (FormInputs). */
    private void chooseHour(String hour) {
        FormInputs.chooseMenuItem(browser, "reminders:hour", hour);
    }
}
