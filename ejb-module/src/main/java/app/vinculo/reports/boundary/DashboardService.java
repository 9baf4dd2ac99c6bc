package app.vinculo.reports.boundary;

import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reports.boundary.HomeItems.NextAction;
import app.vinculo.reports.boundary.HomeItems.Section;
import app.vinculo.reports.control.AgendaQueries;
import app.vinculo.reports.control.DashboardQueries;
import app.vinculo.requirements.entity.QuoteStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The home page per role (PRODUCT.md §8): one call, one read-only transaction, a fixed number of statements.
 * What a part shows depends on the caller's roles — the same rules the pages behind the links enforce.
 */
@Stateless
public class DashboardService {

    /** Rows listed per part of the home page. */
    public static final int ROWS = 6;
    /** Agreements expiring within this many days are listed (RM3's first threshold). */
    public static final int EXPIRING_DAYS = 60;
    static final int AGENDA_DAYS = 7;

    @Inject
    DashboardQueries queries;

    @Inject
    AgendaQueries agenda;

    @Inject
    CurrentUser user;

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public Home home() {
        String me = user.name().trim().toLowerCase(java.util.Locale.ROOT); // usernames are stored in lower case
        boolean head = user.hasRole(Role.IMPLEMENTATION_HEAD);
        boolean consultant = head || user.hasRole(Role.CONSULTANT);
        boolean pm = user.hasRole(Role.PROJECT_MANAGER);
        boolean rd = user.hasRole(Role.RD_MANAGER);
        boolean auditor = user.hasRole(Role.AUDITOR);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Instant from = today.atStartOfDay(zone).toInstant();

        List<AgendaItem> mine = consultant
                ? agenda.between(from, today.plusDays(AGENDA_DAYS).atStartOfDay(zone).toInstant(), zone, me, false, ROWS * 2)
                : List.of();
        boolean followsUp = consultant || pm;
        Section<NextAction> actions = followsUp ? queries.nextActions(me, ROWS) : Section.none();
        actions = new Section<>(actions.items().stream().map(a -> a.asOf(today)).toList(), actions.total());
        long overdue = followsUp ? queries.overdueActions(me, today) : 0;

        Instant riskLimit = clock.instant().minus(Duration.ofDays(settings.intValue(Setting.AT_RISK_DAYS)));
        Section<HomeItems.ClientAtRisk> atRisk = head || pm || auditor ? queries.atRisk(riskLimit, null, ROWS)
                : consultant ? queries.atRisk(riskLimit, me, ROWS) : Section.none();

        Set<QuoteStatus> quoteStates = EnumSet.noneOf(QuoteStatus.class);
        if (pm) {
            quoteStates.addAll(Set.of(QuoteStatus.PENDING_APPROVAL, QuoteStatus.APPROVED, QuoteStatus.SENT));
        }
        if (head) {
            quoteStates.addAll(Set.of(QuoteStatus.DRAFT, QuoteStatus.SENT));
        }
        return new Home(today, mine, actions, overdue, atRisk,
                head || pm || auditor ? queries.expiring(today, today.plusDays(EXPIRING_DAYS), ROWS) : Section.none(),
                head ? queries.reviews(ROWS) : Section.none(),
                queries.quotes(quoteStates, ROWS),
                consultant ? queries.assignedCases(me, ROWS) : Section.none(),
                head || pm ? queries.regularizations(ROWS) : Section.none(),
                head || rd || auditor ? queries.campaigns(ROWS) : List.of());
    }
}
