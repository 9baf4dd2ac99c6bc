package app.vinculo.admin.boundary;

import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Online backup of the embedded Derby database (issue #16): {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} can only be
 * called from inside Payara's JVM, which holds the database, so the portal offers it to administrators
 * ({@code admin/backups.xhtml}). Each backup goes to {@code <data folder>/backups/<yyyyMMdd-HHmmss>/vinculo-db} while
 * the portal keeps answering; restoring is copying that folder into an empty data folder (docs/operations.md). On
 * PostgreSQL the database server owns its backups ({@code pg_dump}), so the action is refused with that advice.
 */
@Stateless
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String DERBY_URL = "jdbc:derby:";

    @Resource(lookup = "jdbc/vinculo")
    DataSource database;

    /** The embedded database's folder, or empty when the portal runs on another database (PostgreSQL). */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<String> databaseFolder() {
        return embeddedFolder().map(Path::toString);
    }

    /** Takes an online backup now; refused on PostgreSQL ({@code backup.notEmbedded}). */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BackupRow backupNow() {
        Path db = embeddedFolder().orElseThrow(() -> new InvalidInputException("backup.notEmbedded"));
        Path target = backupsFolder(db).resolve(NAME.format(Instant.now()) /* real time: an operator's file, not the demo clock */);
        if (Files.exists(target)) {
            throw new InvalidInputException("backup.tooSoon");
        }
        long started = System.nanoTime();
        try (Connection c = database.getConnection();
             CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toString());
            call.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("The online backup into " + target + " failed", e);
        }
        LOG.info(() -> "Online backup of " + db + " into " + target + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return row(target);
    }

    /** The backups taken so far, newest first. */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<BackupRow> backups() {
        Optional<Path> db = embeddedFolder();
        if (db.isEmpty() || !Files.isDirectory(backupsFolder(db.get()))) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(backupsFolder(db.get()))) {
            return folders.filter(f -> Files.isDirectory(f.resolve(db.get().getFileName())))
                    .map(this::row).sorted(Comparator.comparing(BackupRow::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path backupsFolder(Path db) {
        return db.toAbsolutePath().getParent().resolve("backups");
    }

    private BackupRow row(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            return new BackupRow(folder.getFileName().toString(), Files.getLastModifiedTime(folder).toInstant(), bytes,
                    folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Path> embeddedFolder() {
        try (Connection c = database.getConnection()) {
            String url = c.getMetaData().getURL();
            if (url == null || !url.startsWith(DERBY_URL) || url.startsWith(DERBY_URL + "//")) {
                return Optional.empty();
            }
            String path = url.substring(DERBY_URL.length());
            int attributes = path.indexOf(';');
            return Optional.of(Path.of(attributes < 0 ? path : path.substring(0, attributes)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's address", e);
        }
    }
}
