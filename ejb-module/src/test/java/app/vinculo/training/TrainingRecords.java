package app.vinculo.training;

import app.vinculo.platform.security.Role;
import app.vinculo.testing.Callers;
import app.vinculo.testing.TestRecords;
import app.vinculo.training.boundary.CourseForm;
import app.vinculo.training.boundary.CourseRow;
import app.vinculo.training.boundary.CourseService;
import app.vinculo.training.boundary.EditionForm;
import app.vinculo.training.boundary.EditionRow;
import app.vinculo.training.boundary.EditionService;
import app.vinculo.training.boundary.SessionForm;
import app.vinculo.training.entity.Modality;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** The courses, open editions and instructors the training ITs create, as the Implementation Head and a consultant do. */
@Dependent
public class TrainingRecords {

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    CourseService courses;

    @Inject
    EditionService editions;

    @Inject
    TestRecords records;

    /** An 8-hour course at the offices; its syllabus carries a script the boundary must remove. */
    public CourseRow course(String code, Set<String> modules) throws Exception {
        CourseForm f = new CourseForm();
        f.setCode(code);
        f.setTitle("Curso " + code);
        f.setModules(modules);
        f.setDurationHours(8);
        f.setModality(Modality.OFFICES);
        f.setSyllabus("<p>Temario</p><script>alert(1)</script>");
        return head.call(() -> courses.create(f));
    }

    /** An edition open for registration, one session from 9 to 13 on each day. */
    public EditionRow edition(CourseRow course, int capacity, String instructor, LocalDate... days) throws Exception {
        EditionForm f = new EditionForm();
        f.setCourseId(course.id());
        for (LocalDate d : days) {
            f.getSessions().add(new SessionForm(d, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        }
        f.setPlace("Sala 1");
        f.setCapacity(capacity);
        f.setInstructors(Set.of(instructor));
        EditionRow created = consultant.call(() -> editions.create(f));
        return consultant.call(() -> editions.open(created.id(), created.version()));
    }

    /** A consultant who can teach (and be told by e-mail). */
    public String instructor() {
        return records.staff("ins", Role.CONSULTANT);
    }
}
