package app.vinculo.visits.web;

import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.followups.boundary.FollowUpRow;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.followups.boundary.NextStep;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.Texts;
import app.vinculo.visits.boundary.Confirmation;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitDetail;
import app.vinculo.visits.boundary.VisitRecordForm;
import app.vinculo.visits.boundary.VisitService;
import app.vinculo.visits.entity.InterestLevel;
import app.vinculo.visits.entity.TopicOutcome;
import app.vinculo.visits.entity.VisitStatus;
import jakarta.faces.application.FacesMessage;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code visits/view.xhtml?id=N}: the visit, its plan and actions by status: confirm (R2.1 refusal; R2.2 warning after
 * confirming), postpone or cancel with a reason, change the plan, record it (IT APE) and, once held, its record
 * read-only, editable until the lock date and correctable afterwards by the Implementation Head only (R2.3). The visit
 * report as PDF.
 */
@Named
@ViewScoped
public class VisitViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    VisitService visits;

    @Inject
    FollowUpService followUps;

    @Inject
    ClientService clients;

    @Inject
    SecurityContext security;

    @Inject
    DisplayFormat format;

    private Long id;
    private VisitDetail visit;
    private List<ContactRow> contacts = List.of();
    private List<ConsultantChoice> consultants = List.of();
    private List<CatalogueModule> catalogue = List.of();
    private List<FollowUpRow> nextSteps = List.of();

    // postpone / cancel dialog
    private String statusAction;
    private String reason;

    // record form
    private boolean recording;
    private VisitRecordForm record;
    private List<Long> attendees = new ArrayList<>();
    private List<String> moduleInterest = new ArrayList<>();
    private List<RequirementRow> requirements = new ArrayList<>();
    private List<NextStepRow> steps = new ArrayList<>();

    /** f:viewAction on GET. */
    public void load() throws IOException {
        if (visit != null) {
            return;
        }
        if (id == null) {
            notFound();
            return;
        }
        try {
            visit = visits.find(id);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        consultants = clients.consultants();
        catalogue = clients.catalogue();
        contacts = clients.contacts(visit.clientId());
        loadNextSteps();
    }

    private static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, "");
        context.responseComplete();
    }

    private void refresh() {
        visit = visits.find(id);
        loadNextSteps();
    }

    private void loadNextSteps() {
        if (visit.status() != VisitStatus.HELD) {
            nextSteps = List.of();
            return;
        }
        nextSteps = followUps.forClient(visit.clientId(), 0, 500).stream()
                .filter(f -> Objects.equals(f.visitId(), id) && f.nextAction() != null).toList();
    }

    // ---- status --------------------------------------------------------------------------------------------

    public void confirm() {
        Confirmation c = visits.confirm(id, visit.version());
        visit = c.visit();
        PageMessages.info("visit.confirmed", visit.clientName());
        for (String warning : c.warnings()) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, PageMessages.text(warning), null));
        }
    }

    public void openStatus(String action) {
        statusAction = action;
        reason = null;
    }

    public void changeStatus() {
        if ("CANCEL".equals(statusAction)) {
            visit = visits.cancel(id, visit.version(), reason);
            PageMessages.info("visit.cancelled", visit.clientName());
        } else {
            visit = visits.postpone(id, visit.version(), reason);
            PageMessages.info("visit.postponed", visit.clientName());
        }
        reason = null;
    }

    // ---- record (IT APE) -----------------------------------------------------------------------------------

    public void startRecord() {
        record = new VisitRecordForm();
        record.setVersion(visit.version());
        List<TopicForm> topics = new ArrayList<>();
        for (TopicForm t : visit.topics()) {
            TopicForm r = new TopicForm();
            r.setTitle(t.getTitle());
            r.setKind(t.getKind());
            r.setModuleCode(t.getModuleCode());
            r.setSpare(t.isSpare());
            r.setOutcome(t.getOutcome() != null ? t.getOutcome() : t.isSpare() ? null : TopicOutcome.COVERED);
            r.setInterest(t.getInterest());
            topics.add(r);
        }
        record.setTopics(topics);
        requirements = new ArrayList<>();
        steps = new ArrayList<>();
        moduleInterest = new ArrayList<>();
        if (isHeld()) {
            attendees = new ArrayList<>(visit.attendeeContactIds());
            record.setOtherAttendees(visit.otherAttendees());
            record.setQuestionsAnswered(visit.questionsAnswered());
            record.setCoursesSuggested(visit.coursesSuggested());
            record.setAssessment(visit.assessment());
            visit.requirements().forEach(r -> requirements.add(new RequirementRow(r.title(), r.description(), r.moduleCode())));
        } else {
            attendees = new ArrayList<>(visit.invitedContactIds());
        }
        recording = true;
    }

    public void cancelRecord() {
        recording = false;
    }

    public void addRequirement() {
        requirements.add(new RequirementRow(null, null, null));
    }

    public void removeRequirement(int index) {
        if (index >= 0 && index < requirements.size()) {
            requirements.remove(index);
        }
    }

    public void addStep() {
        NextStepRow row = new NextStepRow();
        row.setOwner(me());
        row.setDue(LocalDate.now(format.getZone()).plusDays(7));
        steps.add(row);
    }

    public void removeStep(int index) {
        if (index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    public String saveRecord() {
        boolean first = !isHeld();
        record.setAttendeeContactIds(new LinkedHashSet<>(attendees == null ? List.of() : attendees));
        record.setRequirements(requirements.stream().filter(r -> !r.isBlank())
                .map(r -> new VisitRecordForm.RequirementItem(trim(r.getTitle()), trim(r.getDescription()), r.getModuleCode()))
                .collect(Collectors.toCollection(ArrayList::new)));
        record.setModuleInterest(new LinkedHashSet<>(moduleInterest == null ? List.of() : moduleInterest));
        List<NextStep> next = new ArrayList<>();
        for (NextStepRow s : steps) {
            if (s.isBlank()) {
                continue;
            }
            if (s.getAction() == null || s.getAction().isBlank() || s.getOwner() == null || s.getDue() == null) {
                PageMessages.error("visit.nextStepIncomplete");
                FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
            next.add(new NextStep(s.getAction().trim(), s.getOwner(), s.getDue()));
        }
        record.setNextSteps(next);
        VisitDetail saved = visits.record(id, record);
        PageMessages.flashInfo(first ? "visit.recorded" : saved.correctedAt() != null && visit.locked()
                ? "visit.corrected" : "visit.recordSaved", saved.clientName());
        return "/visits/view?faces-redirect=true&id=" + id;
    }

    // ---- PDF -----------------------------------------------------------------------------------------------

    public void pdf() throws IOException {
        byte[] pdf = VisitReport.render(reportData(), PageMessages.locale());
        Faces.sendFile(pdf, "informe-visita-" + id + ".pdf", true);
    }

    VisitReport.Data reportData() {
        return new VisitReport.Data(visit, format.getZone(), this::consultantName, this::contactName, this::moduleName,
                nextSteps.stream().map(f -> new NextStep(f.nextAction(), consultantName(f.nextActionOwner()),
                        f.nextActionDue())).toList());
    }

    // ---- helpers for the page ------------------------------------------------------------------------------

    public String consultantName(String username) {
        if (username == null) {
            return "";
        }
        return consultants.stream().filter(c -> c.username().equals(username)).map(ConsultantChoice::displayName)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(username);
    }

    public String getConsultantNames() {
        return visit.consultants().stream().map(this::consultantName).sorted().collect(Collectors.joining(", "));
    }

    public String contactName(Long contactId) {
        return contacts.stream().filter(c -> c.id().equals(contactId)).map(ContactRow::name).findFirst()
                .orElse("#" + contactId);
    }

    public String moduleName(String code) {
        if (code == null) {
            return "";
        }
        return catalogue.stream().filter(m -> m.code().equals(code)).map(CatalogueModule::name).findFirst().orElse(code);
    }

    public List<ContactRow> getInvitedContacts() {
        return contacts.stream().filter(c -> visit.invitedContactIds().contains(c.id())).toList();
    }

    public List<ContactRow> getAttendeeContacts() {
        return contacts.stream().filter(c -> visit.attendeeContactIds().contains(c.id())).toList();
    }

    /** Contacts offered as attendees: the active ones and any already chosen. */
    public List<ContactRow> getAttendeeChoices() {
        return contacts.stream().filter(c -> c.active() || visit.attendeeContactIds().contains(c.id())
                || visit.invitedContactIds().contains(c.id())).toList();
    }

    public List<CatalogueModule> getActiveModules() {
        return catalogue.stream().filter(CatalogueModule::active).toList();
    }

    public String statusSeverity(VisitStatus status) {
        return VisitListBacking.severity(status);
    }

    public String interestLabel(InterestLevel level) {
        return level == null ? "—" : PageMessages.text("visit.interest." + level.name());
    }

    public String outcomeLabel(TopicOutcome outcome) {
        return outcome == null ? "—" : PageMessages.text("visit.outcome." + outcome.name());
    }

    /** "Registro bloqueado desde 12/05/2026" / "El registro se bloquea el 12/05/2026". */
    public String getLockText() {
        if (visit.lockDate() == null) {
            return "";
        }
        return PageMessages.text(visit.locked() ? "visit.lockedSince" : "visit.locksOn", format.date(visit.lockDate()));
    }

    public boolean isWriter() {
        return security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public boolean isImplementationHead() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public boolean isHeld() {
        return visit.status() == VisitStatus.HELD;
    }

    public boolean isConfirmable() {
        return isWriter() && visit.status() == VisitStatus.PLANNED;
    }

    public boolean isPostponable() {
        return isWriter() && (visit.status() == VisitStatus.PLANNED || visit.status() == VisitStatus.CONFIRMED);
    }

    public boolean isCancellable() {
        return isWriter() && (isPostponable() || visit.status() == VisitStatus.POSTPONED);
    }

    public boolean isPlanEditable() {
        return isWriter() && visit.status() != VisitStatus.HELD && visit.status() != VisitStatus.CANCELLED;
    }

    public boolean isRecordable() {
        return isWriter() && visit.status() == VisitStatus.CONFIRMED;
    }

    /** "Editar registro" before the lock; after it only the Implementation Head corrects (R2.3). */
    public boolean isRecordEditable() {
        return isWriter() && isHeld() && !visit.locked();
    }

    public boolean isRecordCorrectable() {
        return isHeld() && visit.locked() && isImplementationHead();
    }

    private String me() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---- getters and setters -------------------------------------------------------------------------------

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public VisitDetail getVisit() { return visit; }
    public List<ContactRow> getContacts() { return contacts; }
    public List<ConsultantChoice> getConsultants() { return consultants; }
    public List<FollowUpRow> getNextSteps() { return nextSteps; }
    public String getStatusAction() { return statusAction; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public boolean isRecording() { return recording; }
    public VisitRecordForm getRecord() { return record; }
    public List<Long> getAttendees() { return attendees; }

    /** The attendees, as the record form's table selects them. */
    public List<ContactRow> getRecordAttendees() {
        return getAttendeeChoices().stream().filter(c -> attendees.contains(c.id())).toList();
    }

    public void setRecordAttendees(List<ContactRow> v) {
        attendees = v == null ? new ArrayList<>() : new ArrayList<>(v.stream().map(ContactRow::id).toList());
    }
    public void setAttendees(List<Long> v) { attendees = v; }
    public List<String> getModuleInterest() { return moduleInterest; }
    public void setModuleInterest(List<String> v) { moduleInterest = v; }
    public List<RequirementRow> getRequirements() { return requirements; }
    public List<NextStepRow> getSteps() { return steps; }
    public TopicOutcome[] getOutcomes() { return TopicOutcome.values(); }
    public InterestLevel[] getInterestLevels() { return InterestLevel.values(); }
    public String getReportTitle() { return Texts.text(PageMessages.locale(), "visit.report.title"); }

    /** A requirement row being typed. */
    public static class RequirementRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String title;
        private String description;
        private String moduleCode;

        public RequirementRow(String title, String description, String moduleCode) {
            this.title = title;
            this.description = description;
            this.moduleCode = moduleCode;
        }

        boolean isBlank() {
            return (title == null || title.isBlank()) && (description == null || description.isBlank()) && moduleCode == null;
        }

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getModuleCode() { return moduleCode; }
        public void setModuleCode(String v) { moduleCode = v; }
    }

    /** A next step row being typed. */
    public static class NextStepRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String action;
        private String owner;
        private LocalDate due;

        boolean isBlank() {
            return action == null || action.isBlank();
        }

        public String getAction() { return action; }
        public void setAction(String v) { action = v; }
        public String getOwner() { return owner; }
        public void setOwner(String v) { owner = v; }
        public LocalDate getDue() { return due; }
        public void setDue(LocalDate v) { due = v; }
    }
}
