package app.vinculo.agreements.control;

import app.vinculo.agreements.entity.Agreement;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.boundary.Thresholds;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RM3: an A&M or A&D agreement ends in 60, 30, 7 days (setting) or has expired → Implementation Heads, Project
 * Managers and the client's lead consultant. One occurrence per threshold band reached (an agreement created 5 days
 * before its end gets only the 7-day notice); none when a later agreement of the same type continues it; expiry
 * notices only within 30 days of the end, so old agreements are never announced late.
 */
@ApplicationScoped
public class AgreementEndingReminders extends DueReminders {

    static final int EXPIRED_LOOKBACK_DAYS = 30;

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    @Override
    protected void collect(Instant until, Due due) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(until, zone);
        List<Integer> thresholds = settings.intList(Setting.RM3_AGREEMENT_DAYS_BEFORE); // descending
        int widest = thresholds.isEmpty() ? 0 : thresholds.get(0);
        List<Agreement> ending = em.createQuery("select a from Agreement a join fetch a.client c where a.type in :types "
                        + "and a.cancelledAt is null and c.active = :yes and a.endDate >= :from and a.endDate <= :to "
                        + "order by a.endDate", Agreement.class)
                .setParameter("types", List.of(AgreementType.SUPPORT_MAINTENANCE, AgreementType.SUPPORT_DEVELOPMENT))
                .setParameter("from", today.minusDays(EXPIRED_LOOKBACK_DAYS))
                .setParameter("to", today.plusDays(widest))
                .setParameter("yes", Boolean.TRUE)
                .setMaxResults(20_000)
                .getResultList();
        List<Recipient> managers = staff.withRoles(List.of(Role.IMPLEMENTATION_HEAD, Role.PROJECT_MANAGER));
        for (Agreement a : ending) {
            if (continued(a)) {
                continue;
            }
            String band = band(a.getEndDate(), today, thresholds);
            if (band == null) {
                continue;
            }
            Map<String, Recipient> to = new LinkedHashMap<>();
            managers.forEach(r -> to.put(r.keyPart(), r));
            staff.user(a.getClient().getLeadConsultant()).ifPresent(r -> to.put(r.keyPart(), r));
            LocalDate dueDay = band.equals("EXPIRED") ? a.getEndDate().plusDays(1)
                    : a.getEndDate().minusDays(Integer.parseInt(band.substring(2)));
            String when = band.equals("EXPIRED") ? LocalizedText.of("value.rm3.expired")
                    : LocalizedText.of("value.rm3.endsIn", band.substring(2));
            due.add(ReminderKind.RM3_AGREEMENT_ENDING, a.getId(), band, dueDay.atStartOfDay(zone).toInstant(),
                    List.copyOf(to.values()), "/clients/view.xhtml?id=" + a.getClient().getId(),
                    Map.of("client", a.getClient().displayName(), "agreement", LocalizedText.of("value.agreement." + a.getType().name()),
                            "end", LocalizedText.date(a.getEndDate()), "when", when));
        }
    }

    /** The band reached on {@code today}: "T-7" (the smallest threshold whose day has come), "EXPIRED", or null. */
    static String band(LocalDate end, LocalDate today, List<Integer> thresholdsDescending) {
        if (today.isAfter(end)) {
            return today.isAfter(end.plusDays(EXPIRED_LOOKBACK_DAYS)) ? null : "EXPIRED";
        }
        Integer band = Thresholds.reached(end, today, thresholdsDescending);
        return band == null ? null : "T-" + band;
    }

    private boolean continued(Agreement a) {
        return !em.createQuery("select n.id from Agreement n where n.client = :c and n.type = :t and n.cancelledAt is null "
                        + "and n.id <> :id and n.startDate > :start and n.startDate <= :next", Long.class)
                .setParameter("c", a.getClient()).setParameter("t", a.getType()).setParameter("id", a.getId())
                .setParameter("start", a.getStartDate()).setParameter("next", a.getEndDate().plusDays(1))
                .setMaxResults(1).getResultList().isEmpty();
    }
}
