package app.vinculo.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Signing in and out")
class LoginST {

    private Browser browser;

    @BeforeEach
    void start() {
        browser = Browser.start("es");
    }

    @AfterEach
    void quit() {
        browser.quit();
    }

    @ParameterizedTest(name = "{0} signs in and sees \"{1}\" but not \"{2}\"")
    @CsvSource({
            "admin,     Usuarios,   Clientes",
            "jefe,      Inicio,     Usuarios",
            "consultor, Inicio,     Usuarios",
            "gerente,   Inicio,     Configuración",
            "rd,        Inicio,     Auditoría",
            "auditor,   Auditoría,  Reloj de demo"
    })
    @DisplayName("each demo role signs in and sees only the menu entries it may use")
    void eachRoleSeesItsMenu(String user, String mustSee, String mustNotSee) {
        browser.open("login.xhtml").login(user, Browser.DEMO_PASSWORD);

        String menu = browser.menuText();
        assertTrue(menu.contains(mustSee), user + " should see " + mustSee + " in: " + menu);
        assertFalse(menu.contains(mustNotSee), user + " should not see " + mustNotSee + " in: " + menu);
        assertTrue(browser.text(By.id("greeting")).startsWith("Hola,"), "greets the user on the home page");
        browser.screenshot("home-" + user);
    }

    @Test
    @DisplayName("a wrong password shows an error that does not say whether the user exists, and stays on the login page")
    void wrongPasswordIsRefused() {
        browser.open("login.xhtml");
        browser.screenshot("login-page");
        browser.submitLogin("auditor", "not-the-password");

        String message = browser.awaitMessage("Usuario o contraseña incorrectos");
        assertTrue(message.contains("Usuario o contraseña incorrectos"), message);
        assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().findElement(By.id("login:username")).isDisplayed());
        browser.screenshot("login-refused");
    }

    @Test
    @DisplayName("an anonymous visit to the users page lands on the login page")
    void anonymousVisitGoesToLogin() {
        browser.open("admin/users.xhtml");

        browser.await().until(ExpectedConditions.urlContains("login.xhtml"));
        assertEquals("Ingresar", browser.text(By.id("login:submit")).trim());
    }

    @Test
    @DisplayName("an anonymous visit continues to the page first asked for after signing in")
    void loginContinuesToRequestedPage() {
        browser.open("admin/users.xhtml");
        browser.await().until(ExpectedConditions.urlContains("login.xhtml"));

        browser.login("admin", Browser.DEMO_PASSWORD);

        browser.await().until(ExpectedConditions.urlContains("admin/users.xhtml"));
        assertTrue(browser.text(By.cssSelector("h1.page-title")).contains("Usuarios"));
        browser.screenshot("users-page");
    }

    @Test
    @DisplayName("signing out returns to the login page with a confirmation, and pages need a new login")
    void logoutReturnsToLogin() {
        browser.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);

        browser.clickAndWaitForPage(By.id("topbar:logout"));

        browser.await().until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(browser.text(By.id("signed-out")).contains("Cerró su sesión"));
        browser.open("index.xhtml");
        browser.await().until(ExpectedConditions.urlContains("login.xhtml"));
        browser.screenshot("signed-out");
    }
}
