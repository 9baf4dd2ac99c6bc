package app.vinculo.followups.web;

import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.followups.boundary.FollowUpRow;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.ViewIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code followups/view.xhtml?id=N}: a follow-up and its next action; its owner (or an Implementation Head) marks it
 * done, optionally going on to record another follow-up for the same client.
 */
@Named
@ViewScoped
public class FollowUpViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpService followUps;

    @Inject
    ClientService clients;

    @Inject
    ContactService contactService;

    @Inject
    SecurityContext security;

    private Long id;
    private FollowUpRow followUp;
    private List<ContactRow> contacts = List.of();
    private List<ConsultantChoice> consultants = List.of();

    /** f:viewAction on GET. */
    public void load() throws IOException {
        if (followUp != null) {
            return;
        }
        followUp = followUps.find(ViewIds.require(id, "followup"));
        contacts = contactService.contacts(followUp.clientId());
        consultants = clients.consultants();
    }

    public void markDone() {
        followUp = followUps.markDone(id, followUp.version());
        PageMessages.info("followup.markedDone", followUp.nextAction());
    }

    /** Marks the next action done and opens a new follow-up for the same client, prefilled. */
    public String markDoneAndRecord() {
        followUp = followUps.markDone(id, followUp.version());
        PageMessages.flashInfo("followup.markedDone", followUp.nextAction());
        return "/followups/edit?faces-redirect=true&from=" + id;
    }

    public String consultantName(String username) {
        return ConsultantChoice.nameOf(consultants, username);
    }

    public List<ContactRow> getFollowUpContacts() {
        return contacts.stream().filter(c -> followUp.contactIds().contains(c.id())).toList();
    }

    public boolean isOpen() {
        return followUp.nextAction() != null && followUp.nextActionDoneAt() == null;
    }

    /** The owner of the next action or an Implementation Head. */
    public boolean isCanMarkDone() {
        if (!isOpen() || security.getCallerPrincipal() == null) {
            return false;
        }
        return security.getCallerPrincipal().getName().equals(followUp.nextActionOwner())
                || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public boolean isRecorder() {
        return security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD)
                || security.isCallerInRole(Role.Names.PROJECT_MANAGER);
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public FollowUpRow getFollowUp() { return followUp; }
}
