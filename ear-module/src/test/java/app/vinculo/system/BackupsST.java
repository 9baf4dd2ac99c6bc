package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #16: an administrator takes an online backup of the embedded database from the portal and sees it listed. */
@DisplayName("Backups: online backup of the embedded database (#16)")
class BackupsST {

    @Test
    @DisplayName("admin backs up after confirming; the backup is listed with its folder; others have no such menu")
    void adminBacksUpOnline() {
        try (Browser admin = Browser.start("es")) {
            admin.open("login.xhtml").login("admin", Browser.DEMO_PASSWORD);
            assertTrue(admin.menuText().contains("Copias de seguridad"), admin.menuText());
            admin.open("admin/backups.xhtml");
            int before = admin.driver().findElements(By.cssSelector("[id='backups:list_data'] tr[data-ri]")).size();
            assertTrue(admin.text(By.id("backups:backup-database")).endsWith("vinculo-db"));
            admin.driver().findElement(By.id("backups:backup")).click();
            admin.await().until(ExpectedConditions.elementToBeClickable(By.id("backups:confirm-yes"))).click();
            String message = admin.awaitMessage("Copia hecha en");
            assertTrue(message.contains("/backups/"), message);
            admin.await().until(d -> d.findElements(By.cssSelector("[id='backups:list_data'] tr[data-ri]")).size()
                    == before + 1);
            String newest = admin.text(By.cssSelector("[id='backups:list_data'] tr[data-ri='0']"));
            assertTrue(newest.contains("MB") && newest.contains("/backups/"), newest);
            admin.screenshot("admin-backups");
        }
        try (Browser consultant = Browser.start("es")) {
            consultant.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            assertFalse(consultant.menuText().contains("Copias de seguridad"));
            consultant.open("admin/backups.xhtml");
            assertEquals("Acceso denegado", consultant.text(By.id("error-title")));
        }
    }
}
