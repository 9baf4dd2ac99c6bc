package app.vinculo.agreements.web;

import app.vinculo.agreements.boundary.AssistanceOutcome;
import app.vinculo.agreements.boundary.AssistanceService;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code agreements/assistance.xhtml[?client=N]}: a consultant records a request for assistance from a client user
 * and is told at once whether to assist (R1.3) or why not, and which regularisation case it was referred to (R1.4).
 */
@Named
@ViewScoped
public class AssistanceRequestBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The longest description the business tier takes. */
    public static final int DESCRIPTION_MAX = 2000;

    @Inject
    ClientService clients;

    @Inject
    ContactService contactService;

    @Inject
    AssistanceService assistance;

    @Inject
    SecurityContext security;

    private Long preselected;
    private ClientHit client;
    private List<ContactRow> contacts = List.of();
    private Long contactId;
    private String description;
    private AssistanceOutcome outcome;
    private String outcomeClient;

    /** f:viewAction: {@code ?client=N} preselects the client (an unknown one is just not preselected). */
    public void load() {
        if (preselected != null && client == null) {
            try {
                ClientDetail d = clients.find(preselected);
                client = new ClientHit(d.id(), d.legalName(), d.taxId(), d.active());
                clientChanged();
            } catch (BusinessException e) {
                PageMessages.error("error.notFound.client", preselected);
            }
        }
    }


    public void clientChanged() {
        contactId = null;
        contacts = client == null ? List.of()
                : contactService.contacts(client.id()).stream().filter(ContactRow::active).toList();
    }

    public void submit() {
        if (client == null) {
            PageMessages.error("assistance.clientRequired");
            return;
        }
        outcome = assistance.request(client.id(), contactId, description);
        outcomeClient = client.name();
        description = null;
    }

    /** The outcome's sentence in the page's language. */
    public String getOutcomeText() {
        return outcome == null ? "" : PageMessages.text(outcome.messageKey(), outcome.arguments().toArray());
    }

    /** "Caso derivado al Gerente de Proyectos (regularización #N)". */
    public String getReferralText() {
        return outcome == null || outcome.regularizationCaseId() == null ? ""
                : PageMessages.text("assistance.referred", outcome.regularizationCaseId());
    }

    public boolean isProjectManager() {
        return security.isCallerInRole(Role.Names.PROJECT_MANAGER);
    }

    public void another() {
        outcome = null;
    }

    public Long getPreselected() { return preselected; }
    public void setPreselected(Long v) { preselected = v; }
    public ClientHit getClient() { return client; }
    public void setClient(ClientHit v) { client = v; }
    public List<ContactRow> getContacts() { return contacts; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long v) { contactId = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public AssistanceOutcome getOutcome() { return outcome; }
    public String getOutcomeClient() { return outcomeClient; }
}
