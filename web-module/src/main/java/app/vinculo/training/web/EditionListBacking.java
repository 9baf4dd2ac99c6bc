package app.vinculo.training.web;

import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.ListBacking;
import app.vinculo.training.boundary.CourseRow;
import app.vinculo.training.boundary.CourseService;
import app.vinculo.training.boundary.EditionFilter;
import app.vinculo.training.boundary.EditionRow;
import app.vinculo.training.boundary.EditionService;
import app.vinculo.training.entity.EditionStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code training/editions/list.xhtml}: the editions ("dictados") by first session day, newest first, paged in the
 * database, filtered by status, course, period and instructor; consultants and Implementation Heads plan new ones.
 */
@Named
@ViewScoped
public class EditionListBacking extends ListBacking<EditionRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EditionService editions;

    @Inject
    CourseService courses;

    @Inject
    ClientService clients;

    @Inject
    SecurityContext security;

    private EditionStatus status;
    private Long courseId;
    private LocalDate from;
    private LocalDate to;
    private String instructor;
    private EditionFilter filter = EditionFilter.none();
    private List<CourseRow> courseChoices = List.of();
    private List<ConsultantChoice> instructors = List.of();

    public EditionListBacking() {
        super(":editions:table", EditionRow::id);
    }

    @PostConstruct
    void init() {
        courseChoices = courses.page(null, false, 0, 500);
        instructors = clients.consultants();
    }

    @Override
    protected long count() {
        return editions.count(filter);
    }

    @Override
    protected List<EditionRow> page(int first, int size, String sort, boolean ascending) {
        return editions.page(filter, first, size);
    }

    @Override
    protected void filter() {
        filter = new EditionFilter(status, courseId, from, to, instructor == null || instructor.isBlank() ? null : instructor);
    }

    @Override
    protected void reset() {
        status = null;
        courseId = null;
        from = null;
        to = null;
        instructor = null;
    }

    /** The instructors of an edition by name. */
    public String instructorNames(EditionRow row) {
        return row.instructors().stream().map(u -> instructors.stream().filter(c -> c.username().equals(u))
                .map(ConsultantChoice::displayName).filter(n -> n != null && !n.isBlank()).findFirst().orElse(u))
                .sorted().collect(Collectors.joining(", "));
    }

    public String statusSeverity(EditionStatus s) {
        return TrainingLabels.editionSeverity(s);
    }

    public boolean isPlanner() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD) || security.isCallerInRole(Role.Names.CONSULTANT);
    }

    public EditionStatus[] getStatuses() { return EditionStatus.values(); }
    public List<CourseRow> getCourseChoices() { return courseChoices; }
    public List<ConsultantChoice> getInstructors() { return instructors; }
    public EditionStatus getStatus() { return status; }
    public void setStatus(EditionStatus v) { status = v; }
    public Long getCourseId() { return courseId; }
    public void setCourseId(Long v) { courseId = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public String getInstructor() { return instructor; }
    public void setInstructor(String v) { instructor = v; }
}
