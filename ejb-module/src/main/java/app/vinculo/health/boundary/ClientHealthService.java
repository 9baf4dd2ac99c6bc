package app.vinculo.health.boundary;

import app.vinculo.health.control.HealthQueries;
import app.vinculo.health.control.HealthWeights;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.SettingsStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * Boundary of the client health score and "who to visit next" (R3.2): the consultant's own clients ranked, the
 * Implementation Head's team ranking (optionally one consultant) and per-consultant summary, and one client's
 * score for the client page — all read by the same query, with the weights from the settings at the time of the
 * call, so a fact recorded a moment ago (a follow-up today) shows at once everywhere.
 */
@Stateless
public class ClientHealthService {

    @Inject
    HealthQueries queries;

    @Inject
    SettingsStore settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The signed-in consultant's clients (lead or other consultant), lowest score first, paged in the database. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public List<ClientHealth> mine(int first, int size) {
        return queries.page(weights(), clock.instant(), clock.getZone(), currentUser.name(), first, size);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public long countMine() {
        return queries.count(currentUser.name());
    }

    /** The whole team's ranking, or one consultant's ({@code consultant} null or blank: every active client). */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.AUDITOR})
    public List<ClientHealth> team(String consultant, int first, int size) {
        return queries.page(weights(), clock.instant(), clock.getZone(), blank(consultant), first, size);
    }

    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.AUDITOR})
    public long countTeam(String consultant) {
        return queries.count(blank(consultant));
    }

    /** Per lead consultant: clients, urgent ones, lowest score; the busiest first. */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.AUDITOR})
    public List<ConsultantHealth> byConsultant() {
        return queries.byConsultant(weights(), clock.instant(), clock.getZone());
    }

    /** One active client's score and its parts (the client page). */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public ClientHealth of(long clientId) {
        ClientHealth h = queries.one(weights(), clock.instant(), clock.getZone(), clientId);
        if (h == null) {
            throw new NotFoundException("client", clientId);
        }
        return h;
    }

    private HealthWeights weights() {
        return HealthWeights.from(settings);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
