package app.vinculo.training.entity;

import app.vinculo.platform.error.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** One session of an edition: a day, a start and an end time. */
@Embeddable
public class EditionSession implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "SESSION_DATE", nullable = false)
    private LocalDate day;

    @Column(name = "START_TIME", nullable = false)
    private LocalTime start;

    @Column(name = "END_TIME", nullable = false)
    private LocalTime end;

    protected EditionSession() {
    }

    public EditionSession(LocalDate day, LocalTime start, LocalTime end) {
        if (day == null || start == null || end == null) {
            throw new InvalidInputException("edition.sessionIncomplete");
        }
        if (!end.isAfter(start)) {
            throw new InvalidInputException("edition.sessionEndBeforeStart");
        }
        this.day = day;
        this.start = start;
        this.end = end;
    }

    public LocalDate getDay() { return day; }
    public LocalTime getStart() { return start; }
    public LocalTime getEnd() { return end; }

    public Duration length() {
        return Duration.between(start, end);
    }

    public Instant startsAt(ZoneId zone) {
        return day.atTime(start).atZone(zone).toInstant();
    }

    public Instant endsAt(ZoneId zone) {
        return day.atTime(end).atZone(zone).toInstant();
    }
}
