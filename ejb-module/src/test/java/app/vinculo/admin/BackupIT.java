package app.vinculo.admin;

import app.vinculo.admin.boundary.BackupRow;
import app.vinculo.admin.boundary.BackupService;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #16: the administrator's online backup of the embedded Derby database is a database one can open — the copy
 * holds the rows the live database held when it was taken — and it is listed newest first. On PostgreSQL the action
 * is refused with the pg_dump advice, and nothing is listed.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Online backup of the embedded database (#16)")
class BackupIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("backup-it", BackupIT.class);
    }

    @Inject
    Callers.AsAdmin admin;

    @Inject
    BackupService backups;

    @Resource(lookup = "jdbc/vinculo")
    DataSource database;

    @Test
    @DisplayName("the backup opens as a database with the live rows, and is the newest listed; refused on PostgreSQL")
    void backupIsARestorableCopy() throws Exception {
        if (!"Apache Derby".equals(product())) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> admin.call(() -> backups.backupNow()));
            assertEquals("backup.notEmbedded", refused.messageKey());
            assertEquals(List.of(), admin.call(() -> backups.backups()));
            return;
        }
        long users = count(database.getConnection());
        BackupRow row = admin.call(() -> backups.backupNow());

        Path copy = Path.of(row.folder()).resolve(Path.of(admin.call(() -> backups.databaseFolder()).orElseThrow()).getFileName());
        assertTrue(Files.isRegularFile(copy.resolve("service.properties")), "a Derby database in " + copy);
        assertTrue(row.bytes() > 1_000_000, "bytes copied: " + row.bytes());
        String url = "jdbc:derby:" + copy;
        try (Connection restored = DriverManager.getConnection(url)) {
            assertEquals(users, count(restored), "users in the copy");
        } finally {
            shutDown(url);
        }
        assertEquals(row.name(), admin.call(() -> backups.backups()).get(0).name(), "the newest backup first");
    }

    private String product() throws SQLException {
        try (Connection c = database.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (connection; Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM APP_USER")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Closes the copy again (Derby answers a shutdown with SQLSTATE 08006). */
    private static void shutDown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException closed) {
            assertEquals("08006", closed.getSQLState(), closed.getMessage());
        }
    }
}
