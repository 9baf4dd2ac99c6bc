package app.vinculo.visits.web;

import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.followups.boundary.FollowUpRow;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.followups.boundary.NextStep;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.Texts;
import app.vinculo.platform.web.ViewIds;
import app.vinculo.visits.boundary.Confirmation;
import app.vinculo.visits.boundary.VisitDetail;
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
    ContactService contactService;

    @Inject
    ClientModuleService moduleService;

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

    /** f:viewAction on GET. */
    public void load() throws IOException {
        if (visit != null) {
            return;
        }
        visit = visits.find(ViewIds.require(id, "visit"));
        consultants = clients.consultants();
        catalogue = moduleService.catalogue();
        contacts = contactService.contacts(visit.clientId());
        loadNextSteps();
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

    public void pdf() throws IOException {
        byte[] pdf = VisitReport.render(reportData(), PageMessages.locale());
        Faces.sendFile(pdf, "informe-visita-" + id + ".pdf", true);
    }

    VisitReport.Data reportData() {
        return new VisitReport.Data(visit, format.getZone(), this::consultantName, this::contactName, this::moduleName,
                nextSteps.stream().map(f -> new NextStep(f.nextAction(), consultantName(f.nextActionOwner()),
                        f.nextActionDue())).toList());
    }

    public String consultantName(String username) {
        return ConsultantChoice.nameOf(consultants, username);
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

    String me() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public Long getId() { return id; }

    public void setId(Long v) { id = v; }

    public VisitDetail getVisit() { return visit; }

    public List<ContactRow> getContacts() { return contacts; }

    public List<ConsultantChoice> getConsultants() { return consultants; }

    public List<FollowUpRow> getNextSteps() { return nextSteps; }

    public String getStatusAction() { return statusAction; }

    public String getReason() { return reason; }

    public void setReason(String v) { reason = v; }

    public String getReportTitle() { return Texts.text(PageMessages.locale(), "visit.report.title"); }
}
