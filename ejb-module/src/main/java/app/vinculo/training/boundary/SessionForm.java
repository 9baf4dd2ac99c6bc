package app.vinculo.training.boundary;

import jakarta.validation.constraints.NotNull;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One session as typed: day, start, end. */
public class SessionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{edition.session.day.required}")
    private LocalDate day;

    @NotNull(message = "{edition.session.start.required}")
    private LocalTime start = LocalTime.of(9, 0);

    @NotNull(message = "{edition.session.end.required}")
    private LocalTime end = LocalTime.of(13, 0);

    public SessionForm() {
    }

    public SessionForm(LocalDate day, LocalTime start, LocalTime end) {
        this.day = day;
        this.start = start;
        this.end = end;
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate v) { day = v; }
    public LocalTime getStart() { return start; }
    public void setStart(LocalTime v) { start = v; }
    public LocalTime getEnd() { return end; }
    public void setEnd(LocalTime v) { end = v; }
}
