package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #16: an administrator takes an online backup of the embedded database from the portal and sees it listed;
 * on PostgreSQL the page says the database server makes the backups (pg_dump) and offers no button.
 */
@DisplayName("Backups: online backup of the embedded database (#16)")
class BackupsST {

    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("test.db.kind"));
    private static final By ROWS = By.cssSelector("[id='backups:list_data'] tr[data-ri]");

    @Test
    @DisplayName("admin backs up after confirming and sees the backup listed with its folder (Derby); pg_dump advice on PostgreSQL")
    void adminBacksUpOnline() {
        try (Browser admin = Browser.start("es")) {
            admin.open("login.xhtml").login("admin", Browser.DEMO_PASSWORD);
            assertTrue(admin.menuText().contains("Copias de seguridad"), admin.menuText());
            admin.open("admin/backups.xhtml");
            if (POSTGRESQL) {
                assertTrue(admin.text(By.id("backups:backup-external")).contains("pg_dump"));
                assertTrue(admin.driver().findElements(By.id("backups:backup")).isEmpty(), "no backup button");
                admin.screenshot("admin-backups-postgresql");
                return;
            }
            int before = admin.driver().findElements(ROWS).size();
            assertTrue(admin.text(By.id("backup-database")).endsWith("vinculo-db"));
            admin.driver().findElement(By.id("backups:backup")).click();
            admin.await().until(ExpectedConditions.elementToBeClickable(By.id("backups:confirm-yes"))).click();
            String message = admin.awaitMessage("Copia hecha en");
            assertTrue(message.contains("/backups/"), message);
            admin.await().until(d -> d.findElements(ROWS).size() == before + 1);
            String newest = admin.text(By.cssSelector("[id='backups:list_data'] tr[data-ri='0']"));
            assertTrue(newest.contains("MB") && newest.contains("/backups/"), newest);
            admin.screenshot("admin-backups");
        }
    }

    @Test
    @DisplayName("a consultant has no backups menu and gets the access-denied page")
    void consultantIsRefused() {
        try (Browser consultant = Browser.start("es")) {
            consultant.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            assertFalse(consultant.menuText().contains("Copias de seguridad"));
            consultant.open("admin/backups.xhtml");
            assertEquals("Acceso denegado", consultant.text(By.id("error-title")));
        }
    }
}
