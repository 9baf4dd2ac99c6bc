package app.vinculo.training.web;

import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.ListBacking;
import app.vinculo.training.boundary.CourseRow;
import app.vinculo.training.boundary.CourseService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code training/courses/list.xhtml}: the course catalogue by code, paged in the database, filtered by code or title and
 * (by default) active courses only; the Implementation Head adds and edits courses.
 */
@Named
@ViewScoped
public class CourseListBacking extends ListBacking<CourseRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CourseService courses;

    @Inject
    ClientModuleService moduleService;

    @Inject
    SecurityContext security;

    private String text;
    private boolean activeOnly = true;
    private String appliedText;
    private boolean appliedActiveOnly = true;
    private final Map<String, String> moduleNames = new HashMap<>();

    public CourseListBacking() {
        super(":courses:table", CourseRow::id);
    }

    @PostConstruct
    void init() {
        moduleService.catalogue().forEach(m -> moduleNames.put(m.code(), m.name()));
    }

    @Override
    protected long count() {
        return courses.count(appliedText, appliedActiveOnly);
    }

    @Override
    protected List<CourseRow> page(int first, int size, String sort, boolean ascending) {
        return courses.page(appliedText, appliedActiveOnly, first, size);
    }

    @Override
    protected void filter() {
        appliedText = blankToNull(text);
        appliedActiveOnly = activeOnly;
    }

    @Override
    protected void reset() {
        text = null;
        activeOnly = true;
    }

    /** The modules of a course by name, for the list. */
    public List<String> moduleNames(CourseRow row) {
        return row.modules().stream().map(c -> moduleNames.getOrDefault(c, c)).sorted().toList();
    }

    public String moduleText(CourseRow row) {
        return String.join(", ", moduleNames(row));
    }

    public boolean isHead() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public boolean isSuggestionReader() {
        return isHead() || security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.AUDITOR);
    }

    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public boolean isActiveOnly() { return activeOnly; }
    public void setActiveOnly(boolean v) { activeOnly = v; }
}
