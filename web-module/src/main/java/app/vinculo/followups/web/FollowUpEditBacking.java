package app.vinculo.followups.web;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.followups.boundary.FollowUpForm;
import app.vinculo.followups.boundary.FollowUpRow;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.followups.entity.Channel;
import app.vinculo.followups.entity.Nature;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code followups/edit.xhtml[?client=N][&from=M]}: records a follow-up (call, e-mail, meeting, video call), TECHNICAL
 * (assistance: passes the R1.3 gate, may be refused — what was typed stays) or COMMERCIAL, with an optional next
 * action. {@code from} chains it after another follow-up: same client, contacts and nature. PRG to the follow-up.
 */
@Named
@ViewScoped
public class FollowUpEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The channels a person records; VISIT and COURSE follow-ups come from visits and courses. */
    private static final List<Channel> CHANNELS = List.of(Channel.CALL, Channel.EMAIL, Channel.MEETING, Channel.VIDEO_CALL);

    @Inject
    FollowUpService followUps;

    @Inject
    ClientService clients;

    @Inject
    ContactService contactService;

    @Inject
    SecurityContext security;

    @Inject
    DisplayFormat format;

    private Long preselected;
    private Long from;
    private boolean loaded;
    private final FollowUpForm form = new FollowUpForm();
    private ClientHit client;
    private LocalDateTime occurredAt;
    private List<Long> contactIds = new ArrayList<>();
    private List<ContactRow> contacts = List.of();
    private List<ConsultantChoice> owners = List.of();
    private boolean withNextAction;

    /** f:viewAction on GET. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        owners = clients.consultants();
        occurredAt = LocalDateTime.now(format.getZone()).truncatedTo(ChronoUnit.MINUTES);
        form.setNextActionOwner(me());
        Long clientId = preselected;
        if (from != null) {
            try {
                FollowUpRow previous = followUps.find(from);
                clientId = previous.clientId();
                form.setNature(previous.nature());
                if (previous.channel() != null && CHANNELS.contains(previous.channel())) {
                    form.setChannel(previous.channel());
                }
                contactIds = new ArrayList<>(previous.contactIds());
            } catch (BusinessException e) {
                PageMessages.error("error.notFound.followup", from);
            }
        }
        if (clientId != null) {
            try {
                ClientDetail d = clients.find(clientId);
                client = new ClientHit(d.id(), d.legalName(), d.taxId(), d.active());
                List<Long> keep = contactIds;
                clientChanged();
                contactIds = new ArrayList<>(keep.stream().filter(id -> contacts.stream().anyMatch(c -> c.id().equals(id))).toList());
            } catch (BusinessException e) {
                PageMessages.error("error.notFound.client", clientId);
            }
        }
    }


    public void clientChanged() {
        contactIds = new ArrayList<>();
        contacts = client == null ? List.of() : contactService.contacts(client.id()).stream().filter(ContactRow::active).toList();
    }

    public String save() {
        if (client == null) {
            PageMessages.error("followup.client.required.msg");
            return null;
        }
        form.setClientId(client.id());
        form.setOccurredAt(occurredAt == null ? null : occurredAt.atZone(format.getZone()).toInstant());
        form.setContactIds(new LinkedHashSet<>(contactIds == null ? List.of() : contactIds));
        if (!withNextAction) {
            form.setNextAction(null);
            form.setNextActionDue(null);
            form.setNextActionOwner(null);
        }
        FollowUpRow saved = followUps.record(form);
        PageMessages.flashInfo("followup.recorded", saved.clientName());
        return "/followups/view?faces-redirect=true&id=" + saved.id();
    }

    private String me() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public List<Channel> getChannels() { return CHANNELS; }
    public Nature[] getNatures() { return Nature.values(); }
    public Long getPreselected() { return preselected; }
    public void setPreselected(Long v) { preselected = v; }
    public Long getFrom() { return from; }
    public void setFrom(Long v) { from = v; }
    public FollowUpForm getForm() { return form; }
    public ClientHit getClient() { return client; }
    public void setClient(ClientHit v) { client = v; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public void setOccurredAt(LocalDateTime v) { occurredAt = v; }
    public List<Long> getContactIds() { return contactIds; }
    public void setContactIds(List<Long> v) { contactIds = v; }
    public List<ContactRow> getContacts() { return contacts; }

    public List<ContactRow> getSelectedContacts() {
        return contacts.stream().filter(c -> contactIds.contains(c.id())).toList();
    }

    public void setSelectedContacts(List<ContactRow> v) {
        contactIds = v == null ? new ArrayList<>() : new ArrayList<>(v.stream().map(ContactRow::id).toList());
    }
    public List<ConsultantChoice> getOwners() { return owners; }
    public boolean isWithNextAction() { return withNextAction; }
    public void setWithNextAction(boolean v) { withNextAction = v; }
}
