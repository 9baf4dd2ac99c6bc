package app.vinculo.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("User administration")
class UserAdminST {

    private static final String CONSULTANT_LABEL = "Consultor Funcional";

    private Browser admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = Browser.start("es");
        admin.open("login.xhtml").login("admin", Browser.DEMO_PASSWORD);
    }

    @AfterEach
    void quit() {
        admin.quit();
    }

    @Test
    @DisplayName("an admin creates a consultant, who can then sign in and sees the consultant's menu")
    void createdConsultantCanSignIn() {
        String username = "st." + Long.toString(System.currentTimeMillis(), 36);
        String password = "Paseo-del-Bosque-2026";

        admin.open("admin/users.xhtml");
        admin.screenshot("users-page");
        admin.clickAndWaitForPage(By.id("users:new"));
        fillUser(username, "Prueba de sistema", password);
        admin.screenshot("user-new-filled");
        admin.driver().findElement(By.id("user:save")).click();

        admin.await().until(ExpectedConditions.urlContains("admin/users.xhtml"));
        assertTrue(admin.awaitMessage("Se creó el usuario").contains(username));

        try (Browser newcomer = Browser.start("es")) {
            newcomer.open("login.xhtml").login(username, password);
            assertTrue(newcomer.text(By.id("greeting")).contains("Prueba de sistema"));
            String menu = newcomer.menuText();
            assertTrue(menu.contains("Inicio"), menu);
            assertFalse(menu.contains("Usuarios"), menu);
            assertTrue(newcomer.text(By.id("card-agenda")).contains("Mi agenda"));
            newcomer.screenshot("home-new-consultant");
        }
    }

    @Test
    @DisplayName("creating a user with an existing username shows the translated error and keeps what was typed")
    void duplicateUsernameIsRefused() {
        admin.open("admin/user-edit.xhtml");
        fillUser("consultor", "Otro consultor", "Paseo-del-Bosque-2026");
        admin.driver().findElement(By.id("user:save")).click();

        String message = admin.awaitMessage("Ya existe un usuario");
        assertTrue(message.contains("consultor"), message);
        assertTrue(admin.driver().getCurrentUrl().contains("user-edit.xhtml"));
        assertEquals("consultor", admin.driver().findElement(By.id("user:username")).getAttribute("value"));
        assertEquals("Otro consultor", admin.driver().findElement(By.id("user:displayName")).getAttribute("value"));
        admin.screenshot("user-duplicate");
    }

    private void fillUser(String username, String displayName, String password) {
        admin.type("user:username", username);
        admin.type("user:displayName", displayName);
        admin.type("user:email", username + "@example.test");
        admin.type("user:password", password);
        WebElement consultant = admin.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='user:roles']//label[normalize-space()='" + CONSULTANT_LABEL + "']")));
        consultant.click();
        WebElement checkbox = admin.driver().findElement(By.id(consultant.getAttribute("for")));
        admin.await().until(d -> checkbox.isSelected());
    }
}
