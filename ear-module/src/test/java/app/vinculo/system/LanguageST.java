package app.vinculo.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Language of the portal")
class LanguageST {

    private Browser browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("the language switch turns the login page and, after signing in, the menu into English")
    void switchChangesTheInterface() {
        browser = Browser.start("es");
        browser.open("login.xhtml");
        assertEquals("Ingresar", browser.text(By.id("login:submit")).trim());

        browser.clickAndWaitForPage(By.id("language:lang-en"));

        assertEquals("Sign in", browser.text(By.id("login:submit")).trim());
        browser.screenshot("login-page-en");

        browser.login("gerente", Browser.DEMO_PASSWORD);
        String menu = browser.menuText();
        assertTrue(menu.contains("Home"), menu);
        assertFalse(menu.contains("Inicio"), menu);
        assertTrue(browser.text(By.id("greeting")).startsWith("Hello,"));
        browser.screenshot("home-gerente-en");
    }

    @Test
    @DisplayName("a browser that prefers English gets the login page in English")
    void browserPreferenceIsFollowed() {
        browser = Browser.start("en");
        browser.open("login.xhtml");

        assertEquals("Sign in", browser.text(By.id("login:submit")).trim());
        assertTrue(browser.text(By.cssSelector("label[for='login:username']")).contains("Username"));
    }

    @Test
    @DisplayName("a browser that prefers Spanish gets the login page in Spanish")
    void spanishIsTheDefault() {
        browser = Browser.start("es");
        browser.open("login.xhtml");

        assertEquals("Ingresar", browser.text(By.id("login:submit")).trim());
        assertTrue(browser.text(By.cssSelector("label[for='login:password']")).contains("Contraseña"));
    }
}
