package app.vinculo.training.web;

import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.ViewIds;
import app.vinculo.training.boundary.CourseForm;
import app.vinculo.training.boundary.CourseRow;
import app.vinculo.training.boundary.CourseService;
import app.vinculo.training.boundary.EditionFilter;
import app.vinculo.training.boundary.EditionRow;
import app.vinculo.training.boundary.EditionService;
import app.vinculo.training.entity.Modality;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code training/courses/view.xhtml?id=N}: a catalogue course — code, title, modules, syllabus (rich text, sanitised by the
 * business tier), duration, modality, active — and its latest editions. The Implementation Head edits it (and adds one
 * without {@code id}, optionally {@code ?module=CODE} preselected); everyone else reads it.
 */
@Named
@ViewScoped
public class CourseViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int EDITIONS_SHOWN = 10;

    @Inject
    CourseService courses;

    @Inject
    EditionService editions;

    @Inject
    ClientModuleService moduleService;

    @Inject
    SecurityContext security;

    private Long id;
    private String module;
    private CourseRow course;
    private CourseForm form;
    private List<String> modules = new ArrayList<>();
    private List<CatalogueModule> catalogue = List.of();
    private List<EditionRow> courseEditions = List.of();

    /** f:viewAction on GET: an unknown id gives the 404 page; a new course is for the Implementation Head only. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        catalogue = moduleService.catalogue();
        if (id == null) {
            if (!isHead()) {
                ViewIds.forbidden();
                return;
            }
            form = new CourseForm();
            if (module != null && catalogue.stream().anyMatch(m -> m.code().equals(module))) {
                modules.add(module);
            }
            return;
        }
        course = courses.find(id);
        form = course.toForm();
        modules = new ArrayList<>(course.modules());
        courseEditions = editions.page(new EditionFilter(null, id, null, null, null), 0, EDITIONS_SHOWN);
    }

    public String save() {
        form.setModules(new LinkedHashSet<>(modules == null ? List.of() : modules));
        CourseRow saved = id == null ? courses.create(form) : courses.update(id, form);
        PageMessages.flashInfo(id == null ? "course.created" : "course.saved", saved.code());
        return "/training/courses/view?faces-redirect=true&id=" + saved.id();
    }

    public String moduleName(String code) {
        return catalogue.stream().filter(m -> m.code().equals(code)).map(CatalogueModule::name).findFirst().orElse(code);
    }

    /** The modules a course can cover: the active ones, and any retired one it already has. */
    public List<CatalogueModule> getModuleChoices() {
        return catalogue.stream().filter(m -> m.active() || modules.contains(m.code())).toList();
    }

    public List<String> getModuleNames() {
        return modules.stream().map(this::moduleName).sorted().toList();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isHead() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    /** Implementation Heads and consultants plan editions of an active course. */
    public boolean isPlanner() {
        return course != null && course.active() && (isHead() || security.isCallerInRole(Role.Names.CONSULTANT));
    }

    public String editionSeverity(app.vinculo.training.entity.EditionStatus s) {
        return TrainingLabels.editionSeverity(s);
    }

    public Modality[] getModalities() { return Modality.values(); }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public String getModule() { return module; }
    public void setModule(String v) { module = v; }
    public CourseRow getCourse() { return course; }
    public CourseForm getForm() { return form; }
    public List<String> getModules() { return modules; }
    public void setModules(List<String> v) { modules = v; }
    public List<EditionRow> getCourseEditions() { return courseEditions; }
}
