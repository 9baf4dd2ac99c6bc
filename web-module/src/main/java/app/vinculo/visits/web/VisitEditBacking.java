package app.vinculo.visits.web;

import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitDetail;
import app.vinculo.visits.boundary.VisitForm;
import app.vinculo.visits.boundary.VisitService;
import app.vinculo.visits.entity.TopicKind;
import app.vinculo.visits.entity.VisitKind;
import app.vinculo.visits.entity.VisitStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code visits/edit.xhtml[?id=N | ?client=N]}: plans a visit or changes its plan. Ordered topics (drag to reorder;
 * the table reorders the list itself), each main or spare and optionally tied to a module; the client's contacts to
 * coordinate, decision makers and influencers highlighted. ASSISTANCE and MIXED visits pass the R1.3 gate: a refusal
 * shows the message and keeps what was typed. PRG to the visit page.
 */
@Named
@ViewScoped
public class VisitEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    VisitService visits;

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
    private Long preselected;
    private boolean loaded;
    private VisitForm form = new VisitForm();
    private ClientHit client;
    private LocalDateTime scheduledAt;
    private List<String> consultants = new ArrayList<>();
    private List<Long> invited = new ArrayList<>();
    private List<TopicForm> topics = new ArrayList<>();
    private List<ContactRow> contacts = List.of();
    private List<ConsultantChoice> consultantChoices = List.of();
    private List<CatalogueModule> modules = List.of();
    private VisitStatus status;

    /** f:viewAction on GET. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        consultantChoices = clients.consultants();
        modules = moduleService.catalogue().stream().filter(CatalogueModule::active).toList();
        if (id != null) {
            VisitDetail d = visits.find(id);
            form.setClientId(d.clientId());
            form.setKind(d.kind());
            form.setDurationMinutes(d.durationMinutes());
            form.setPlace(d.place());
            form.setCommercialObjectives(d.commercialObjectives());
            form.setTechnicalObjectives(d.technicalObjectives());
            form.setVersion(d.version());
            scheduledAt = LocalDateTime.ofInstant(d.scheduledAt(), format.getZone());
            consultants = new ArrayList<>(d.consultants());
            invited = new ArrayList<>(d.invitedContactIds());
            topics = new ArrayList<>(d.topics());
            status = d.status();
            ClientDetail c = clients.find(d.clientId());
            client = new ClientHit(c.id(), c.legalName(), c.taxId(), c.active());
            contacts = contactService.contacts(c.id()).stream().filter(r -> r.active() || invited.contains(r.id())).toList();
            return;
        }
        String me = me();
        if (consultantChoices.stream().anyMatch(c -> c.username().equals(me))) {
            consultants.add(me);
        }
        scheduledAt = LocalDate.now(format.getZone()).plusDays(1).atTime(LocalTime.of(10, 0));
        topics.add(new TopicForm());
        if (preselected != null) {
            try {
                ClientDetail d = clients.find(preselected);
                client = new ClientHit(d.id(), d.legalName(), d.taxId(), d.active());
                clientChanged();
                form.setPlace(d.address());
            } catch (BusinessException e) {
                PageMessages.error("error.notFound.client", preselected);
            }
        }
    }


    public void clientChanged() {
        invited = new ArrayList<>();
        contacts = client == null ? List.of() : contactService.contacts(client.id()).stream().filter(ContactRow::active).toList();
    }

    public void addTopic() {
        topics.add(new TopicForm());
    }

    public void removeTopic(int index) {
        if (index >= 0 && index < topics.size()) {
            topics.remove(index);
        }
    }

    /** The table has already moved the row (p:dataTable draggableRows on a List); nothing else to do. */
    public void topicsReordered() {
        // the list is the table's value: PrimeFaces rotated it in place
    }

    public String save() {
        if (client == null) {
            PageMessages.error("visit.clientRequired");
            return null;
        }
        form.setClientId(client.id());
        form.setScheduledAt(scheduledAt == null ? null : scheduledAt.atZone(format.getZone()).toInstant());
        form.setConsultants(new LinkedHashSet<>(consultants == null ? List.of() : consultants));
        form.setInvitedContactIds(new LinkedHashSet<>(invited == null ? List.of() : invited));
        form.setTopics(new ArrayList<>(topics));
        VisitDetail saved = id == null ? visits.plan(form) : visits.replan(id, form);
        PageMessages.flashInfo(id == null ? "visit.planned" : "visit.saved", saved.clientName());
        return "/visits/view?faces-redirect=true&id=" + saved.id();
    }

    private String me() {
        return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    }

    public boolean isNew() {
        return id == null;
    }

    public VisitKind[] getKinds() {
        return VisitKind.values();
    }

    public TopicKind[] getTopicKinds() {
        return TopicKind.values();
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public Long getPreselected() { return preselected; }
    public void setPreselected(Long v) { preselected = v; }
    public VisitForm getForm() { return form; }
    public ClientHit getClient() { return client; }
    public void setClient(ClientHit v) { client = v; }
    public LocalDateTime getScheduledAt() { return scheduledAt; }
    public void setScheduledAt(LocalDateTime v) { scheduledAt = v; }
    public List<String> getConsultants() { return consultants; }
    public void setConsultants(List<String> v) { consultants = v; }
    public List<Long> getInvited() { return invited; }
    public void setInvited(List<Long> v) { invited = v; }

    /** The contacts to coordinate, as the table selects them. */
    public List<ContactRow> getInvitedContacts() {
        return contacts.stream().filter(c -> invited.contains(c.id())).toList();
    }

    public void setInvitedContacts(List<ContactRow> v) {
        invited = v == null ? new ArrayList<>() : new ArrayList<>(v.stream().map(ContactRow::id).toList());
    }
    public List<TopicForm> getTopics() { return topics; }
    public List<ContactRow> getContacts() { return contacts; }
    public List<ConsultantChoice> getConsultantChoices() { return consultantChoices; }
    public List<CatalogueModule> getModules() { return modules; }
    public VisitStatus getStatus() { return status; }
}
