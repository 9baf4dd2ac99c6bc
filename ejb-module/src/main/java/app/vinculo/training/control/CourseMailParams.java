package app.vinculo.training.control;

import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionSession;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The values course e-mails show: course, first day, place and the list of sessions. */
final class CourseMailParams {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CourseMailParams() {
    }

    static Map<String, String> of(CourseEdition e) {
        Map<String, String> p = new HashMap<>();
        p.put("course", e.getCourse().getTitle());
        p.put("date", LocalizedText.date(e.getFirstDay()));
        p.put("place", e.getPlace() == null ? "—" : e.getPlace());
        p.put("hours", Long.toString(e.teachingTime().toHours()));
        p.put("sessions", sessions(e.getSessions()));
        return p;
    }

    static String sessions(List<EditionSession> sessions) {
        StringBuilder b = new StringBuilder();
        for (EditionSession s : sessions) {
            b.append(LocalizedText.date(s.getDay())).append(' ').append(TIME.format(s.getStart())).append('–')
                    .append(TIME.format(s.getEnd())).append('\n');
        }
        return b.toString().stripTrailing();
    }
}
