package app.vinculo.training.web;

import app.vinculo.training.boundary.RegistrationService;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.training.boundary.CandidateRow;
import app.vinculo.training.boundary.CandidateSource;
import app.vinculo.training.boundary.CertificateData;
import app.vinculo.training.boundary.CourseRow;
import app.vinculo.training.boundary.CourseService;
import app.vinculo.training.boundary.EditionForm;
import app.vinculo.training.boundary.EditionRow;
import app.vinculo.training.boundary.EditionService;
import app.vinculo.training.boundary.RcuService;
import app.vinculo.training.boundary.RegistrationRow;
import app.vinculo.training.boundary.SessionForm;
import app.vinculo.training.boundary.SessionRow;
import app.vinculo.training.entity.AttendanceMark;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code training/edition.xhtml?id=N}: one edition ("dictado") — its plan, status and actions (open registrations,
 * held, close the register R5.2, cancel), the contacts on it with their client's training agreement (invite, register
 * within the capacity or on the waiting list R5.1, decline), the attendance sheet of a session (one row per registered
 * contact, present/absent, "all present", one save), the register of every session (corrections by the Implementation
 * Head once closed, with a reason) and the attendance certificates. Without {@code id} (or with {@code edit=true}) it
 * is the plan form: {@code ?course=N} preselects the course, {@code ?clients=1,2} the audience (R5.3 suggestions).
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
    RcuService rcu;

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
    private boolean edit;

    private boolean loaded;
    private boolean planning;
    private EditionRow edition;
    private List<RegistrationRow> registrations = List.of();
    private List<ConsultantChoice> consultants = List.of();
    private final Map<Long, String> audienceNames = new LinkedHashMap<>();

    // plan form
    private EditionForm form;
    private List<CourseRow> courseChoices = List.of();
    private List<String> instructorsChosen = new ArrayList<>();
    private List<ClientHit> audience = new ArrayList<>();

    // invitations
    private CandidateSource source = CandidateSource.CLIENT;
    private ClientHit inviteClient;
    private List<CandidateRow> candidates;
    private List<CandidateRow> chosen = new ArrayList<>();

    // attendance sheet of one session: registration id → ATTENDED / ABSENT
    private Integer sessionNo;
    private Map<Long, String> sheet = new HashMap<>();

    // correction of a closed register
    private Long correctingId;
    private String correctingName;
    private Integer correctingSession;
    private String correctingMark;
    private String correctionReason;

    // cancellation
    private String cancelReason;

    /** f:viewAction on GET: an unknown id gives the 404 page; the plan form is for consultants and Implementation Heads. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        consultants = clients.consultants();
        if (id == null) {
            if (!isPlanner()) {
                sendError(403);
                return;
            }
            newPlan();
            loaded = true;
            return;
        }
        try {
            edition = editions.find(id);
        } catch (NotFoundException e) {
            sendError(404);
            return;
        }
        if (edit && isEditable()) {
            editPlan();
        } else {
            refresh();
        }
        loaded = true;
    }

    private static void sendError(int status) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(status, "");
        context.responseComplete();
    }

    // ---- plan ------------------------------------------------------------------------------------------------

    private void newPlan() {
        planning = true;
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
        planning = true;
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

    public List<ClientHit> completeClient(String text) {
        return text == null || text.isBlank() ? List.of() : clients.search(text, 15);
    }

    public String save() {
        form.setInstructors(new LinkedHashSet<>(instructorsChosen == null ? List.of() : instructorsChosen));
        form.setAudienceClientIds(form.isOpenToAll() || audience == null ? new LinkedHashSet<>()
                : audience.stream().filter(Objects::nonNull).map(ClientHit::id).collect(Collectors.toCollection(LinkedHashSet::new)));
        EditionRow saved = id == null ? editions.create(form) : editions.update(id, form);
        PageMessages.flashInfo(id == null ? "edition.created" : "edition.saved", saved.courseTitle(), format.date(saved.firstDay()));
        return "/training/edition?faces-redirect=true&id=" + saved.id();
    }

    // ---- status ----------------------------------------------------------------------------------------------

    private void refresh() {
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
        if (sessionNo == null || sessionNo > edition.sessions().size()) {
            sessionNo = defaultSession();
        }
        loadSheet();
    }

    /** The last session that has begun (today's in the classroom), else the first. */
    private int defaultSession() {
        LocalDate today = LocalDate.now(format.getZone());
        int chosen = 1;
        for (SessionRow s : edition.sessions()) {
            if (!s.day().isAfter(today)) {
                chosen = s.number();
            }
        }
        return chosen;
    }

    private void loadSheet() {
        sheet = new HashMap<>();
        for (RegistrationRow r : getRegistered()) {
            AttendanceMark m = r.marks().get(sessionNo);
            sheet.put(r.id(), m == null ? null : m.name());
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

    // ---- invitations and registrations -----------------------------------------------------------------------

    public void sourceChanged() {
        candidates = null;
        chosen = new ArrayList<>();
    }

    public void search() {
        if (source == CandidateSource.CLIENT && inviteClient == null) {
            PageMessages.error("edition.clientRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        candidates = registrationService.candidates(id, source, inviteClient == null ? null : inviteClient.id());
        chosen = new ArrayList<>();
    }

    public void invite() {
        List<Long> ids = chosen == null ? List.of() : chosen.stream().filter(c -> !c.alreadyOnEdition())
                .map(CandidateRow::contactId).toList();
        int invited = registrationService.invite(id, ids);
        PageMessages.info("edition.invited", invited);
        refresh();
        if (candidates != null) {
            candidates = registrationService.candidates(id, source, inviteClient == null ? null : inviteClient.id());
        }
        chosen = new ArrayList<>();
    }

    public void accept(RegistrationRow r) {
        RegistrationRow done = registrationService.accept(r.id(), r.version());
        refresh();
        PageMessages.info(done.status() == RegistrationStatus.WAITLISTED ? "registration.waitlisted" : "registration.registered",
                done.contactName());
    }

    /** Registers every invited contact in one boundary call (one transaction): seats first, then the waiting list (R5.1). */
    public void acceptAll() {
        RegistrationService.AcceptedAll done = registrationService.acceptAll(id);
        refresh();
        PageMessages.info("registration.allRegistered", done.registered(), done.waitlisted());
    }

    public void decline(RegistrationRow r) {
        RegistrationRow done = registrationService.decline(r.id(), r.version());
        refresh();
        PageMessages.info("registration.declined", done.contactName());
    }

    public void certificate(RegistrationRow r) throws IOException {
        CertificateData data = rcu.certificate(r.id());
        byte[] pdf = CertificateReport.render(data, LocalDate.now(format.getZone()), PageMessages.locale());
        Faces.sendFile(pdf, PageMessages.text("certificate.fileName", slug(data.contactName()), data.courseCode()) + ".pdf", true);
    }

    static String slug(String s) {
        String ascii = java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    // ---- attendance ------------------------------------------------------------------------------------------

    public void sessionChanged() {
        loadSheet();
    }

    public void allPresent() {
        getRegistered().forEach(r -> sheet.put(r.id(), AttendanceMark.ATTENDED.name()));
    }

    public void saveAttendance() {
        Map<Long, AttendanceMark> marks = new LinkedHashMap<>();
        sheet.forEach((registration, mark) -> {
            if (mark != null && !mark.isBlank()) {
                marks.put(registration, AttendanceMark.valueOf(mark));
            }
        });
        if (marks.isEmpty()) {
            PageMessages.error("attendance.nothingMarked");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        registrationService.mark(id, sessionNo, marks);
        refresh();
        long missing = getRegistered().stream().filter(r -> !r.marks().containsKey(sessionNo)).count();
        PageMessages.info(missing == 0 ? "attendance.saved" : "attendance.savedMissing", sessionNo, marks.size(), missing);
    }

    public void openCorrection(RegistrationRow r, int session) {
        correctingId = r.id();
        correctingName = r.contactName();
        correctingSession = session;
        AttendanceMark now = r.marks().get(session);
        correctingMark = now == AttendanceMark.ATTENDED ? AttendanceMark.ABSENT.name() : AttendanceMark.ATTENDED.name();
        correctionReason = null;
    }

    public void correct() {
        RegistrationRow done = registrationService.correct(correctingId, correctingSession, AttendanceMark.valueOf(correctingMark),
                correctionReason);
        refresh();
        PageMessages.info("attendance.corrected", done.contactName(), correctingSession);
        correctionReason = null;
    }

    // ---- what the page shows ---------------------------------------------------------------------------------

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

    public SessionRow getCurrentSession() {
        return edition == null || sessionNo == null ? null : edition.sessions().stream()
                .filter(s -> s.number() == sessionNo).findFirst().orElse(null);
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
        return consultants.stream().filter(c -> c.username().equals(username)).map(ConsultantChoice::displayName)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(username);
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

    // ---- by role and status ----------------------------------------------------------------------------------

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

    public boolean isDeclinable(RegistrationRow r) {
        return isInviting() && r.status() != RegistrationStatus.DECLINED && r.attendedSessions() == 0;
    }

    public boolean isAcceptable(RegistrationRow r) {
        return isRegistering() && (r.status() == RegistrationStatus.INVITED || r.status() == RegistrationStatus.DECLINED);
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

    public boolean hasCertificate(RegistrationRow r) {
        return is(EditionStatus.CLOSED) && r.status() == RegistrationStatus.REGISTERED && r.attendedSessions() > 0
                && (isPlanner() || security.isCallerInRole(Role.Names.AUDITOR));
    }

    // ---- getters and setters ---------------------------------------------------------------------------------

    public CandidateSource[] getSources() { return CandidateSource.values(); }
    public AttendanceMark[] getMarks() { return AttendanceMark.values(); }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public Long getCoursePreset() { return coursePreset; }
    public void setCoursePreset(Long v) { coursePreset = v; }
    public String getClientsPreset() { return clientsPreset; }
    public void setClientsPreset(String v) { clientsPreset = v; }
    public boolean isEdit() { return edit; }
    public void setEdit(boolean v) { edit = v; }
    public boolean isPlanning() { return planning; }
    public boolean isNew() { return id == null; }
    public EditionRow getEdition() { return edition; }
    public List<RegistrationRow> getRegistrations() { return registrations; }
    public List<ConsultantChoice> getConsultants() { return consultants; }
    public EditionForm getForm() { return form; }
    public List<CourseRow> getCourseChoices() { return courseChoices; }
    public List<String> getInstructorsChosen() { return instructorsChosen; }
    public void setInstructorsChosen(List<String> v) { instructorsChosen = v; }
    public List<ClientHit> getAudience() { return audience; }
    public void setAudience(List<ClientHit> v) { audience = v; }
    public CandidateSource getSource() { return source; }
    public void setSource(CandidateSource v) { source = v; }
    public ClientHit getInviteClient() { return inviteClient; }
    public void setInviteClient(ClientHit v) { inviteClient = v; }
    public List<CandidateRow> getCandidates() { return candidates; }
    public List<CandidateRow> getChosen() { return chosen; }
    public void setChosen(List<CandidateRow> v) { chosen = v; }
    public Integer getSessionNo() { return sessionNo; }
    public void setSessionNo(Integer v) { sessionNo = v; }
    public Map<Long, String> getSheet() { return sheet; }
    public String getCorrectingName() { return correctingName; }
    public Integer getCorrectingSession() { return correctingSession; }
    public String getCorrectingMark() { return correctingMark; }
    public void setCorrectingMark(String v) { correctingMark = v; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String v) { correctionReason = v; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String v) { cancelReason = v; }
}
