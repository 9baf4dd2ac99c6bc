package app.vinculo.reports.boundary;

import app.vinculo.platform.security.Role;
import app.vinculo.reports.control.KpiQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The KPI page (PRODUCT.md §8): the procedure's objectives for a period and optionally one consultant. */
@Stateless
public class KpiService {

    @Inject
    KpiQueries queries;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public Kpis compute(@NotNull KpiFilter f) {
        ZoneId zone = clock.getZone();
        Instant from = f.from().atStartOfDay(zone).toInstant();
        Instant to = f.to().plusDays(1).atStartOfDay(zone).toInstant();
        // "contacted in the last 60 days" and "with A&M" are taken at the period's end, or now if that is later
        Instant end = to.isAfter(clock.instant()) ? clock.instant() : to;
        LocalDate endDay = LocalDate.ofInstant(end, zone).isBefore(f.to()) ? LocalDate.ofInstant(end, zone) : f.to();
        String who = f.consultant();
        long[] renewals = queries.renewals(f.from(), f.to(), who);
        long[] training = queries.training(f.from(), f.to(), who);
        return new Kpis(f, queries.activeClients(who),
                queries.contacted(end.minus(Duration.ofDays(Kpis.CONTACT_DAYS)), end, who),
                queries.withMaintenance(endDay, who), renewals[0], renewals[1],
                queries.requirements(from, to, who), queries.quotes(from, to, who), queries.accepted(from, to, who),
                training[0], training[1], training[2], queries.visitsByConsultant(from, to, zone, who));
    }
}
