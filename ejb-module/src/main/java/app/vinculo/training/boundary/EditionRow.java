package app.vinculo.training.boundary;

import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.Modality;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An edition as lists and its page show it. */
public record EditionRow(Long id, long version, Long courseId, String courseCode, String courseTitle, Modality modality,
                         int durationHours, Set<String> modules, List<SessionRow> sessions, LocalDate firstDay,
                         LocalDate lastDay, String place, int capacity, int seatsTaken, Set<String> instructors,
                         boolean openToAll, Set<Long> audienceClientIds, EditionStatus status, String cancelReason)
        implements Serializable {

    public int seatsFree() {
        return Math.max(0, capacity - seatsTaken);
    }

    public EditionForm toForm() {
        EditionForm f = new EditionForm();
        f.setCourseId(courseId);
        f.setSessions(new java.util.ArrayList<>(sessions.stream()
                .map(s -> new SessionForm(s.day(), s.start(), s.end())).toList()));
        f.setPlace(place);
        f.setCapacity(capacity);
        f.setInstructors(new java.util.LinkedHashSet<>(instructors));
        f.setOpenToAll(openToAll);
        f.setAudienceClientIds(new java.util.LinkedHashSet<>(audienceClientIds));
        f.setVersion(version);
        return f;
    }
}
