package app.vinculo.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One scan of the reminder sources: when, where, by what trigger, and what it found. */
@Entity
@Table(name = "REMINDER_RUN")
public class ReminderRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TRIGGERED_BY", length = 40, nullable = false)
    private String triggeredBy;

    @Column(name = "SERVER_NAME", length = 100, nullable = false)
    private String server;

    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Column(name = "FINISHED_AT", nullable = false)
    private Instant finishedAt;

    @Column(name = "FOUND_COUNT", nullable = false)
    private int found;

    @Column(name = "RECORDED_COUNT", nullable = false)
    private int recorded;

    @Column(name = "ERRORS", length = 1000)
    private String errors;

    protected ReminderRun() {
    }

    public ReminderRun(String triggeredBy, String server, Instant startedAt, Instant finishedAt, int found,
                       int recorded, String errors) {
        this.triggeredBy = triggeredBy;
        this.server = server;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.found = found;
        this.recorded = recorded;
        this.errors = errors == null || errors.length() <= 1000 ? errors : errors.substring(0, 1000);
    }

    public Long getId() { return id; }
    public String getTriggeredBy() { return triggeredBy; }
    public String getServer() { return server; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public int getFound() { return found; }
    public int getRecorded() { return recorded; }
    public String getErrors() { return errors; }
}
