package app.vinculo.clients.web;

import app.vinculo.agreements.boundary.AgreementGlance;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.ViewIds;
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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code clients/view.xhtml?id=N}: the client page. Header with the agreements at a glance and the days since the
 * last contact; actions (edit, deactivate/reactivate, assistance request, assign consultants for Implementation
 * Heads); tabs for contacts, modules (growth room), agreements (PMs create, renew and cancel; R1.2) and the
 * timeline. An unknown id gives the 404 page.
 */
@Named
@ViewScoped
public class ClientViewBacking implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clients;

    @Inject
    AgreementService agreements;

    @Inject
    SecurityContext security;

    @Inject
    DisplayFormat format;

    private Long id;

    private ClientDetail client;

    private List<ConsultantChoice> consultants;

    private List<AgreementGlance> glance;

    // assignment dialog
    private String lead;

    private List<String> others = new ArrayList<>();

    /** f:viewAction on GET: an unknown or missing id gives the 404 page. */
    public void load() throws IOException {
        client = clients.find(ViewIds.require(id, "client"));
        consultants = clients.consultants();
        refreshHeader();
    }

    /** The header again (the client and its agreements at a glance), after a change in any part of the page. */
    public void refreshHeader() {
        client = clients.find(id);
        glance = agreements.glance(id);
    }

    public void deactivate() {
        clients.deactivate(id, client.version());
        refreshHeader();
        PageMessages.info("client.deactivated", client.legalName());
    }

    public void reactivate() {
        clients.reactivate(id);
        refreshHeader();
        PageMessages.info("client.reactivated", client.legalName());
    }

    public String consultantName(String username) {
        return ConsultantChoice.nameOf(consultants, username);
    }

    /** "Hace 12 días" or "Sin contactos registrados". */
    public String getDaysText() {
        Long days = client.daysSinceContact();
        return days == null ? PageMessages.text("clients.neverContacted") : PageMessages.text("client.daysAgo", days);
    }

    /** The other consultants (not the lead), by name. */
    public String otherConsultants() {
        return client.consultants().stream().filter(c -> !Objects.equals(c, client.leadConsultant()))
                .map(this::consultantName).sorted().collect(Collectors.joining(", "));
    }

    /** "A&M vigente hasta 31/12/2026", "Sin A&M"…: the text of a glance tag. */
    public String glanceText(AgreementGlance g) {
        String state = g.status() == null ? "NONE" : g.status().name();
        return PageMessages.text("glance." + state + "." + g.type().name(), format.date(g.start()), format.date(g.end()));
    }

    public String glanceSeverity(AgreementGlance g) {
        if (g.status() == null) {
            return g.type() == AgreementType.SUPPORT_MAINTENANCE ? "danger" : "secondary";
        }
        return switch (g.status()) {
            case ACTIVE -> "success";
            case FUTURE -> "info";
            case EXPIRED, CANCELLED -> g.type() == AgreementType.SUPPORT_MAINTENANCE ? "danger" : "warning";
        };
    }

    public void openAssign() {
        lead = client.leadConsultant();
        others = client.consultants().stream().filter(c -> !Objects.equals(c, lead)).collect(Collectors.toList());
    }

    public void assign() {
        Set<String> rest = new LinkedHashSet<>(others == null ? List.of() : others);
        rest.remove(lead);
        clients.assign(id, lead, rest);
        refreshHeader();
        PageMessages.info("client.assigned", client.legalName());
    }

    public boolean isWriter() {
        return security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD)
                || security.isCallerInRole(Role.Names.PROJECT_MANAGER);
    }

    public boolean isProjectManager() {
        return security.isCallerInRole(Role.Names.PROJECT_MANAGER);
    }

    public boolean isImplementationHead() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public boolean isAssistance() {
        return security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public Long getId() { return id; }

    public void setId(Long id) { this.id = id; }

    public ClientDetail getClient() { return client; }

    public List<ConsultantChoice> getConsultants() { return consultants; }

    public List<AgreementGlance> getGlance() { return glance; }

    public String getLead() { return lead; }

    public void setLead(String v) { lead = v; }

    public List<String> getOthers() { return others; }

    public void setOthers(List<String> v) { others = v; }
}
