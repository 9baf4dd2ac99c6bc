package app.vinculo.training.web;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.ViewIds;
import app.vinculo.training.boundary.CourseRow;
import app.vinculo.training.boundary.CourseService;
import app.vinculo.training.boundary.EditionForm;
import app.vinculo.training.boundary.EditionRow;
import app.vinculo.training.boundary.EditionService;
import app.vinculo.training.boundary.SessionForm;
import app.vinculo.training.entity.EditionStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code training/editions/edit.xhtml}: the plan of a course edition ("dictado") — course, sessions, place, capacity,
 * instructors and audience — new (optionally preselected from a suggestion: ?course=N&amp;clients=1,2, R5.3) or
 * changed while it is SCHEDULED or OPEN (?id=N). Saving goes to the edition's page (POST-redirect-GET).
 */
@Named
@ViewScoped
public class EditionEditBacking implements Serializable {

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

    @Inject
    DisplayFormat format;

    // view parameters
    private Long id;

    private Long coursePreset;

    private String clientsPreset;

    private EditionRow edition;

    private boolean loaded;

    private List<ConsultantChoice> consultants = List.of();

    // plan form
    private EditionForm form;

    private List<CourseRow> courseChoices = List.of();

    private List<String> instructorsChosen = new ArrayList<>();

    private List<ClientHit> audience = new ArrayList<>();

    /**
     * f:viewAction on GET: without id a new plan (for consultants and Implementation Heads, else 403), with ?id=N the
     * plan of an edition that can still change (an unknown id gives the 404 page, a held or closed one its page).
     */
    public String load() throws IOException {
        if (loaded) {
            return null;
        }
        loaded = true;
        if (!isPlanner()) {
            ViewIds.forbidden();
            return null;
        }
        consultants = clients.consultants();
        if (id == null) {
            newPlan();
            return null;
        }
        edition = editions.find(id);
        if (edition.status() != EditionStatus.SCHEDULED && edition.status() != EditionStatus.OPEN) {
            return "/training/editions/view?faces-redirect=true&id=" + id;
        }
        editPlan();
        return null;
    }

    private void newPlan() {
        form = new EditionForm();
        courseChoices = courses.page(null, true, 0, 500);
        if (coursePreset != null && courseChoices.stream().anyMatch(c -> c.id().equals(coursePreset))) {
            form.setCourseId(coursePreset);
        }
        LocalDate today = LocalDate.now(format.getZone());
        form.getSessions().add(new SessionForm(today.plusDays(14), LocalTime.of(9, 0), LocalTime.of(13, 0)));
        String me = security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
        if (me != null && consultants.stream().anyMatch(c -> c.username().equals(me))) {
            instructorsChosen.add(me);
        }
        if (clientsPreset != null && !clientsPreset.isBlank()) {
            for (String part : clientsPreset.split(",")) {
                try {
                    ClientDetail d = clients.find(Long.parseLong(part.trim()));
                    audience.add(new ClientHit(d.id(), d.legalName(), d.taxId(), d.active()));
                } catch (NumberFormatException | BusinessException e) {
                    // an unknown client is left out of the preselection
                }
            }
            form.setOpenToAll(audience.isEmpty());
        }
    }

    private void editPlan() {
        form = edition.toForm();
        courseChoices = List.of(courses.find(edition.courseId()));
        instructorsChosen = new ArrayList<>(form.getInstructors());
        audience = new ArrayList<>();
        for (Long client : form.getAudienceClientIds()) {
            try {
                ClientDetail d = clients.find(client);
                audience.add(new ClientHit(d.id(), d.legalName(), d.taxId(), d.active()));
            } catch (BusinessException e) {
                // gone: not shown
            }
        }
    }

    public void addSession() {
        List<SessionForm> sessions = form.getSessions();
        SessionForm last = sessions.isEmpty() ? null : sessions.get(sessions.size() - 1);
        LocalDate day = last == null || last.getDay() == null ? LocalDate.now(format.getZone()).plusDays(14)
                : last.getDay().plusDays(1);
        sessions.add(new SessionForm(day, last == null ? LocalTime.of(9, 0) : last.getStart(),
                last == null ? LocalTime.of(13, 0) : last.getEnd()));
    }

    public void removeSession(int index) {
        if (index >= 0 && index < form.getSessions().size()) {
            form.getSessions().remove(index);
        }
    }


    public String save() {
        form.setInstructors(new LinkedHashSet<>(instructorsChosen == null ? List.of() : instructorsChosen));
        form.setAudienceClientIds(form.isOpenToAll() || audience == null ? new LinkedHashSet<>()
                : audience.stream().filter(Objects::nonNull).map(ClientHit::id).collect(Collectors.toCollection(LinkedHashSet::new)));
        EditionRow saved = id == null ? editions.create(form) : editions.update(id, form);
        PageMessages.flashInfo(id == null ? "edition.created" : "edition.saved", saved.courseTitle(), format.date(saved.firstDay()));
        return "/training/editions/view?faces-redirect=true&id=" + saved.id();
    }

    public boolean isPlanner() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD) || security.isCallerInRole(Role.Names.CONSULTANT);
    }

    public Long getId() { return id; }

    public void setId(Long v) { id = v; }

    public Long getCoursePreset() { return coursePreset; }

    public void setCoursePreset(Long v) { coursePreset = v; }

    public String getClientsPreset() { return clientsPreset; }

    public void setClientsPreset(String v) { clientsPreset = v; }

    public boolean isNew() { return id == null; }

    public EditionRow getEdition() { return edition; }

    public List<ConsultantChoice> getConsultants() { return consultants; }

    public EditionForm getForm() { return form; }

    public List<CourseRow> getCourseChoices() { return courseChoices; }

    public List<String> getInstructorsChosen() { return instructorsChosen; }

    public void setInstructorsChosen(List<String> v) { instructorsChosen = v; }

    public List<ClientHit> getAudience() { return audience; }

    public void setAudience(List<ClientHit> v) { audience = v; }
}
