package app.vinculo.training.web;

import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.ViewIds;
import app.vinculo.training.boundary.CourseService;
import app.vinculo.training.boundary.EditionRow;
import app.vinculo.training.boundary.EditionService;
import app.vinculo.training.boundary.RegistrationRow;
import app.vinculo.training.boundary.RegistrationService;
import app.vinculo.training.boundary.SessionRow;
import app.vinculo.training.entity.AttendanceMark;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code training/editions/view.xhtml?id=N}: one edition ("dictado") — its status and actions (the plan is
 * {@link EditionEditBacking}'s page) (open registrations,
 * held, close the register R5.2, cancel), the contacts on it with their client's training agreement (invite, register
 * within the capacity or on the waiting list R5.1, decline), the attendance sheet of a session (one row per registered
 * contact, present/absent, "all present", one save), the register of every session (corrections by the Implementation
 * Head once closed, with a reason) and the attendance certificates. This bean holds the edition and its status
 * actions; each tab has its own ({@link EditionRegistrationsBacking}, {@link EditionInvitationsBacking},
 * {@link EditionAttendanceBacking}).
 */
@Named
@ViewScoped
public class EditionViewBacking implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    EditionService editions;

    @Inject
    RegistrationService registrationService;

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

    private boolean loaded;

    private EditionRow edition;

    private List<RegistrationRow> registrations = List.of();

    private List<ConsultantChoice> consultants = List.of();

    private final Map<Long, String> audienceNames = new LinkedHashMap<>();

    // cancellation
    private String cancelReason;

    /** f:viewAction on GET: an unknown id gives the 404 page; the plan form is for consultants and Implementation Heads. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        consultants = clients.consultants();
        ViewIds.require(id, "edition");
        refresh(); // reads the edition: an unknown id is "not found" there
        loaded = true;
    }

    /** The edition and its registrations again, after a change in any part of the page. */
    public void refresh() {
        edition = editions.find(id);
        registrations = registrationService.registrations(id);
        audienceNames.clear();
        for (Long client : edition.audienceClientIds()) {
            try {
                audienceNames.put(client, clients.find(client).legalName());
            } catch (BusinessException e) {
                audienceNames.put(client, "#" + client);
            }
        }
    }

    public void open() {
        edition = editions.open(id, edition.version());
        refresh();
        PageMessages.info("edition.opened", edition.courseTitle());
    }

    public void held() {
        edition = editions.held(id, edition.version());
        refresh();
        PageMessages.info("edition.heldDone", edition.courseTitle());
    }

    public void close() {
        edition = editions.close(id, edition.version());
        refresh();
        PageMessages.info("edition.closed", edition.courseTitle());
    }

    public void openCancel() {
        cancelReason = null;
    }

    public void cancel() {
        edition = editions.cancel(id, edition.version(), cancelReason);
        refresh();
        PageMessages.info("edition.cancelled", edition.courseTitle());
        cancelReason = null;
    }

    /** The registered contacts: the rows of the attendance sheet and the register. */
    public List<RegistrationRow> getRegistered() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).toList();
    }

    public long count(String status) {
        RegistrationStatus s = RegistrationStatus.valueOf(status);
        return registrations.stream().filter(r -> r.status() == s).count();
    }

    /** "1 · 28/11/2026 09:00–13:00". */
    public String sessionLabel(SessionRow s) {
        return s.number() + " · " + DAY.format(s.day()) + " " + TIME.format(s.start()) + "–" + TIME.format(s.end());
    }

    public String sessionShort(SessionRow s) {
        return s.number() + " · " + DateTimeFormatter.ofPattern("dd/MM").format(s.day());
    }

    /** ATTENDED, ABSENT or NONE for one cell of the register. */
    public String markCode(RegistrationRow r, int session) {
        AttendanceMark m = r.marks().get(session);
        return m == null ? "NONE" : m.name();
    }

    public String instructorNames() {
        return edition == null ? "" : edition.instructors().stream().map(this::consultantName).sorted()
                .collect(Collectors.joining(", "));
    }

    public String consultantName(String username) {
        return ConsultantChoice.nameOf(consultants, username);
    }

    public List<String> getAudienceNames() {
        return List.copyOf(audienceNames.values());
    }

    public String editionSeverity(EditionStatus s) {
        return TrainingLabels.editionSeverity(s);
    }

    public String registrationSeverity(RegistrationStatus s) {
        return TrainingLabels.registrationSeverity(s);
    }

    public String agreementSeverity(String s) {
        return TrainingLabels.agreementSeverity(s);
    }

    public int getSeatsFree() {
        return edition == null ? 0 : edition.seatsFree();
    }

    private boolean is(EditionStatus... states) {
        return edition != null && Set.of(states).contains(edition.status());
    }

    public boolean isPlanner() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD) || security.isCallerInRole(Role.Names.CONSULTANT);
    }

    public boolean isHead() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public boolean isEditable() {
        return isPlanner() && is(EditionStatus.SCHEDULED, EditionStatus.OPEN);
    }

    public boolean isOpenable() {
        return isPlanner() && is(EditionStatus.SCHEDULED);
    }

    public boolean isHoldable() {
        return isPlanner() && is(EditionStatus.OPEN);
    }

    public boolean isClosable() {
        return isPlanner() && is(EditionStatus.HELD);
    }

    public boolean isCancellable() {
        return isPlanner() && is(EditionStatus.SCHEDULED, EditionStatus.OPEN);
    }

    public boolean isInviting() {
        return isPlanner() && is(EditionStatus.SCHEDULED, EditionStatus.OPEN);
    }

    public boolean isRegistering() {
        return isPlanner() && is(EditionStatus.OPEN);
    }

    /** The attendance sheet: while the edition is open or held (R5.2: never once closed). */
    public boolean isTakingAttendance() {
        return isPlanner() && is(EditionStatus.OPEN, EditionStatus.HELD);
    }

    public boolean isCorrecting() {
        return isHead() && is(EditionStatus.CLOSED);
    }

    public boolean isClosed() {
        return is(EditionStatus.CLOSED);
    }

    public Long getId() { return id; }

    public void setId(Long v) { id = v; }

    public EditionRow getEdition() { return edition; }

    public List<RegistrationRow> getRegistrations() { return registrations; }

    public List<ConsultantChoice> getConsultants() { return consultants; }

    public String getCancelReason() { return cancelReason; }

    public void setCancelReason(String v) { cancelReason = v; }
}
