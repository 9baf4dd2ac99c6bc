package app.vinculo.visits.web;

import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.visits.boundary.VisitFilter;
import app.vinculo.visits.boundary.VisitService;
import app.vinculo.visits.boundary.VisitSummary;
import app.vinculo.visits.entity.VisitStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The home card "Mi agenda": the signed-in consultant's visits of the next 7 days (up to 5), not cancelled. */
@Named
@RequestScoped
public class AgendaBacking {

    private static final Logger LOG = Logger.getLogger(AgendaBacking.class.getName());

    static final int DAYS = 7;
    static final int MAX = 5;

    @Inject
    VisitService visits;

    @Inject
    SecurityContext security;

    @Inject
    DisplayFormat format;

    private List<VisitSummary> upcoming;

    public List<VisitSummary> getUpcoming() {
        if (upcoming == null) {
            try {
                Instant from = LocalDate.now(format.getZone()).atStartOfDay(format.getZone()).toInstant();
                Instant to = from.plus(Duration.ofDays(DAYS + 1L));
                VisitFilter mine = new VisitFilter(security.getCallerPrincipal().getName(), null, null, null, from, to);
                upcoming = visits.page(mine, 0, 20, false).stream()
                        .filter(v -> v.status() != VisitStatus.CANCELLED && v.status() != VisitStatus.HELD)
                        .limit(MAX).toList();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not read the agenda", e);
                upcoming = List.of();
            }
        }
        return upcoming;
    }
}
