package app.vinculo.health.web;

import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.health.boundary.ClientHealth;
import app.vinculo.health.boundary.ClientHealthService;
import app.vinculo.health.boundary.ConsultantHealth;
import app.vinculo.health.boundary.HealthItem;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code health/next-visits.xhtml[?team=1&consultant=X]}: "who to visit next" (R3.2). A consultant sees their clients
 * ranked by the health score, lowest first, each row with why and "plan a visit" (prefilled with the proposed
 * topics); the Implementation Head also sees the whole team, by consultant. Paged in the database.
 */
@Named
@ViewScoped
public class NextVisitsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClientHealthService health;

    @Inject
    ClientService clients;

    @Inject
    SecurityContext security;

    private boolean team;
    private String consultant;
    private List<ConsultantHealth> summary = List.of();
    private List<ConsultantChoice> consultants = List.of();
    private boolean loaded;

    private final PagedRows<ClientHealth> rows = new PagedRows<>(this::count, this::page, ClientHealth::clientId);

    /** f:viewAction. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        // an auditor reads the team's ranking only (no portfolio of their own)
        team = isPlanner() ? team && isHead() : isHead();
        if (isHead()) {
            consultants = clients.consultants();
            summary = health.byConsultant();
        }
    }

    private long count() {
        return team ? health.countTeam(consultant) : health.countMine();
    }

    private List<ClientHealth> page(int first, int size, String sortField, boolean ascending) {
        return team ? health.team(consultant, first, size) : health.mine(first, size);
    }

    public void show() {
        // filters changed: the table reloads from the first page
    }

    public String why(ClientHealth h) {
        List<HealthItem> reasons = h.reasons();
        if (reasons.isEmpty()) {
            return PageMessages.text("health.why.none");
        }
        return reasons.stream().limit(3).map(i -> PageMessages.text(i.reasonKey(), i.args().toArray()) + " (−" + i.points() + ")")
                .collect(Collectors.joining(" · "));
    }

    /** The display name of a consultant's username (the username when unknown; "—" for a client without a lead). */
    public String consultantName(String username) {
        return username == null ? "—" : ConsultantChoice.nameOf(consultants, username);
    }

    public boolean isHead() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD) || security.isCallerInRole(Role.Names.AUDITOR);
    }

    public boolean isPlanner() {
        return security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public PagedRows<ClientHealth> getRows() { return rows; }
    public boolean isTeam() { return team; }
    public void setTeam(boolean v) { team = isPlanner() ? v && isHead() : isHead(); }
    public String getConsultant() { return consultant; }
    public void setConsultant(String v) { consultant = v == null || v.isBlank() ? null : v; }
    public List<ConsultantHealth> getSummary() { return summary; }
    public List<ConsultantChoice> getConsultants() { return consultants; }
}
