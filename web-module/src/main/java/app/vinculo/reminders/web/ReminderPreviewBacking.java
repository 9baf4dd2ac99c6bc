package app.vinculo.reminders.web;

import app.vinculo.reminders.boundary.PreviewRow;
import app.vinculo.reminders.boundary.ReminderService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * {@code admin/reminder-preview.xhtml}: the reminders that will be recorded within the next 24 hours and are not in
 * the outbox yet, by due time (ADMIN, AUDITOR).
 */
@Named
@ViewScoped
public class ReminderPreviewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The window the page shows. */
    public static final int HOURS = 24;

    @Inject
    ReminderService reminders;

    private List<PreviewRow> rows;

    public List<PreviewRow> getRows() {
        if (rows == null) {
            rows = reminders.preview(HOURS).stream()
                    .sorted(Comparator.comparing(PreviewRow::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }
        return rows;
    }

    /** Asks again (the sources may have changed since the page opened). */
    public void refresh() {
        rows = null;
    }

    public int getHours() {
        return HOURS;
    }
}
