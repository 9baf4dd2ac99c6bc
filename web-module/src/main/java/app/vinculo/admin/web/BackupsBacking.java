package app.vinculo.admin.web;

import app.vinculo.admin.boundary.BackupRow;
import app.vinculo.admin.boundary.BackupService;
import app.vinculo.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code admin/backups.xhtml}: an administrator takes an online backup of the embedded database and sees them all. */
@Named
@ViewScoped
public class BackupsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    BackupService backups;

    private transient List<BackupRow> rows;
    private String folder;
    private boolean read;

    public boolean isEmbedded() {
        read();
        return folder != null;
    }

    public String getDatabaseFolder() {
        read();
        return folder;
    }

    public List<BackupRow> getRows() {
        if (rows == null) {
            rows = backups.backups();
        }
        return rows;
    }

    public void backupNow() {
        long started = System.nanoTime();
        BackupRow done = backups.backupNow();
        rows = null;
        PageMessages.info("backup.done", done.folder(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Size in megabytes, in the reader's number format. */
    public String size(BackupRow row) {
        return String.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "%.1f MB",
                row.bytes() / (1024.0 * 1024.0));
    }

    private void read() {
        if (!read) {
            folder = backups.databaseFolder().orElse(null);
            read = true;
        }
    }
}
