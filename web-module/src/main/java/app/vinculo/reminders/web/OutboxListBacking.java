package app.vinculo.reminders.web;

import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.ListBacking;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.reminders.boundary.OutboxFilter;
import app.vinculo.reminders.boundary.OutboxRow;
import app.vinculo.reminders.boundary.ReminderService;
import app.vinculo.reminders.boundary.RunRow;
import app.vinculo.reminders.boundary.RunSummary;
import app.vinculo.reminders.entity.OutboxState;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code admin/outbox.xhtml}: the e-mail outbox, newest first, paged in the database and filtered, with the reminder
 * engine's recent runs; ADMIN runs the engine now, retries and cancels messages, AUDITOR reads.
 */
@Named
@ViewScoped
public class OutboxListBacking extends ListBacking<OutboxRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The key of the growl that shows what a run did (the page's message area ignores it). */
    public static final String RUN_SUMMARY = "runSummary";

    /** How many characters of an SMTP error the table shows; the row expansion and the tooltip show all. */
    static final int ERROR_SHOWN = 60;

    @Inject
    ReminderService reminders;

    @Inject
    DisplayFormat format;

    private OutboxState state;
    private ReminderKind kind;
    private String recipient;
    private LocalDate from;
    private LocalDate to;
    private OutboxFilter filter = OutboxFilter.none();
    private List<RunRow> runs;

    public OutboxListBacking() {
        super(":outbox:table", OutboxRow::id);
    }

    @Override
    protected long count() {
        return reminders.outboxCount(filter);
    }

    @Override
    protected List<OutboxRow> page(int first, int size, String sort, boolean ascending) {
        return reminders.outbox(filter, first, size);
    }

    @Override
    protected void filter() {
        ZoneId zone = format.getZone();
        filter = new OutboxFilter(state, kind, blankToNull(recipient),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Override
    protected void reset() {
        state = null;
        kind = null;
        recipient = null;
        from = null;
        to = null;
    }

    /** Scans and sends now, and says what it did in the growl. */
    public void runNow() {
        RunSummary summary = reminders.runNow();
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(RUN_SUMMARY, new FacesMessage(FacesMessage.SEVERITY_INFO,
                PageMessages.text("outbox.run.summary", summary.found(), summary.recorded(), summary.sent()), null));
        if (summary.errors() != null && !summary.errors().isBlank()) {
            context.addMessage(RUN_SUMMARY, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    PageMessages.text("outbox.run.errors", summary.errors()), null));
        }
        runs = null;
        firstPage();
    }

    public void retry(OutboxRow row) {
        reminders.retry(row.id());
        PageMessages.info("outbox.retried", row.recipientEmail());
    }

    public void cancel(OutboxRow row) {
        reminders.cancel(row.id());
        PageMessages.info("outbox.cancelled", row.recipientEmail());
    }

    /** Retry: a message not sent yet, failed or waiting for its next attempt. */
    public boolean retryable(OutboxRow row) {
        return row.state() == OutboxState.FAILED || row.state() == OutboxState.PENDING;
    }

    public boolean cancellable(OutboxRow row) {
        return row.state() != OutboxState.SENT && row.state() != OutboxState.CANCELLED;
    }

    /** The last ten runs of the engine, newest first. */
    public List<RunRow> getRuns() {
        if (runs == null) {
            runs = reminders.lastRuns(10);
        }
        return runs;
    }

    /** Who started a run: the timer, or a person ("MANUAL admin"). */
    public String trigger(RunRow run) {
        String by = run.triggeredBy() == null ? "" : run.triggeredBy();
        if ("TIMER".equals(by)) {
            return PageMessages.text("outbox.runs.timer");
        }
        if (by.startsWith("MANUAL")) {
            return PageMessages.text("outbox.runs.manual", by.substring("MANUAL".length()).trim());
        }
        return by;
    }

    /** The PrimeFaces tag severity of a state. */
    public String severity(OutboxState s) {
        if (s == null) {
            return "secondary";
        }
        return switch (s) {
            case PENDING -> "warning";
            case SENT -> "success";
            case FAILED -> "danger";
            case CANCELLED -> "secondary";
        };
    }

    /** When something happens next to a row: its next attempt while pending, its sending once sent. */
    public String nextOrSent(OutboxRow row) {
        if (row.state() == OutboxState.SENT) {
            return format.dateTime(row.sentAt());
        }
        if (row.state() == OutboxState.PENDING) {
            return format.dateTime(row.nextAttemptAt());
        }
        return "";
    }

    /** The start of a long error, for the table cell. */
    public String shortError(String error) {
        if (error == null) {
            return "";
        }
        String oneLine = error.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= ERROR_SHOWN ? oneLine : oneLine.substring(0, ERROR_SHOWN - 1) + "…";
    }

    public OutboxState[] getStates() {
        return OutboxState.values();
    }

    public ReminderKind[] getKinds() {
        return ReminderKind.values();
    }

    public OutboxState getState() {
        return state;
    }

    public void setState(OutboxState state) {
        this.state = state;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public void setKind(ReminderKind kind) {
        this.kind = kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
