package app.vinculo.followups.control;

import app.vinculo.followups.entity.FollowUp;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * RM1: a follow-up's next action is due today (or within the configured days) or overdue → its owner, once per
 * next action and due date. Actions overdue for more than {@value #LOOKBACK_DAYS} days are never announced late.
 */
@ApplicationScoped
public class NextActionReminders extends DueReminders {

    static final int LOOKBACK_DAYS = 30;

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    @Override
    protected void collect(Instant until, Due due) {
        int daysBefore = settings.intValue(Setting.RM1_NEXT_ACTION_DAYS_BEFORE);
        LocalDate today = LocalDate.ofInstant(until, clock.getZone());
        List<FollowUp> actions = em.createQuery("select f from FollowUp f join fetch f.client where f.nextAction is not null "
                        + "and f.nextActionDoneAt is null and f.nextActionDue <= :horizon and f.nextActionDue >= :since "
                        + "order by f.nextActionDue", FollowUp.class)
                .setParameter("horizon", today.plusDays(daysBefore)).setParameter("since", today.minusDays(LOOKBACK_DAYS))
                .setMaxResults(20_000).getResultList();
        for (FollowUp f : actions) {
            due.add(ReminderKind.RM1_NEXT_ACTION_DUE, f.getId(), f.getNextActionDue().toString(),
                    f.getNextActionDue().minusDays(daysBefore).atStartOfDay(clock.getZone()).toInstant(),
                    staff.user(f.getNextActionOwner()), "/followups/next-actions.xhtml",
                    Map.of("client", f.getClient().displayName(), "action", f.getNextAction(),
                            "due", LocalizedText.date(f.getNextActionDue())));
        }
    }
}
