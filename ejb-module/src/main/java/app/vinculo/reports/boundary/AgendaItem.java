package app.vinculo.reports.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One event of an agenda or calendar: a visit or a course session.
 *
 * @param kind     VISIT or SESSION
 * @param id       the visit's or the edition's id (the page it links to)
 * @param title    the client's name (visit) or the course title (session)
 * @param place    where, or null
 * @param sessionNo the session's day (epoch day) for sessions, 0 for visits
 * @param status   the visit's or the edition's status name (for labels and colours)
 * @param people   the consultants (visit) or instructors (session), comma separated
 * @param updated  when the record last changed (iCalendar SEQUENCE/LAST-MODIFIED)
 */
public record AgendaItem(Kind kind, long id, int sessionNo, String title, String place, Instant start, Instant end,
                         String status, String people, Instant updated) implements Serializable {

    public enum Kind { VISIT, SESSION }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /** A stable identity across feeds (iCalendar UID): the same event keeps it when rescheduled. */
    public String uid() {
        return kind == Kind.VISIT ? "visit-" + id : "edition-" + id + "-" + sessionNo;
    }
}
