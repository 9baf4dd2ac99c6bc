package app.vinculo.followups.control;

import app.vinculo.admin.boundary.StaffDirectory;
import app.vinculo.followups.entity.FollowUp;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.boundary.ReminderSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RM1: a follow-up's next action is due today (or within the configured days) or overdue → its owner, once per
 * next action and due date. Actions overdue for more than {@value #LOOKBACK_DAYS} days are never announced late.
 */
@ApplicationScoped
public class NextActionReminders implements ReminderSource {

    static final int LOOKBACK_DAYS = 30;

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    SettingsStore settings;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Override
    public List<Occurrence> dueUntil(Instant until) {
        LocalDate today = LocalDate.ofInstant(until, clock.getZone());
        LocalDate horizon = today.plusDays(settings.intValue(Setting.RM1_NEXT_ACTION_DAYS_BEFORE));
        List<FollowUp> due = em.createQuery("select f from FollowUp f join fetch f.client where f.nextAction is not null "
                        + "and f.nextActionDoneAt is null and f.nextActionDue <= :horizon and f.nextActionDue >= :since "
                        + "order by f.nextActionDue", FollowUp.class)
                .setParameter("horizon", horizon).setParameter("since", today.minusDays(LOOKBACK_DAYS))
                .setMaxResults(20_000).getResultList();
        List<Occurrence> occurrences = new ArrayList<>();
        for (FollowUp f : due) {
            staff.user(f.getNextActionOwner()).ifPresent(owner -> occurrences.add(new Occurrence(
                    app.vinculo.reminders.entity.ReminderKind.RM1_NEXT_ACTION_DUE, f.getId().toString(),
                    f.getNextActionDue().toString(),
                    f.getNextActionDue().minusDays(settings.intValue(Setting.RM1_NEXT_ACTION_DAYS_BEFORE))
                            .atStartOfDay(clock.getZone()).toInstant(),
                    List.of(owner), "/followups/next-actions.xhtml",
                    Map.of("client", f.getClient().displayName(), "action", f.getNextAction(),
                            "due", LocalizedText.date(f.getNextActionDue())))));
        }
        return occurrences;
    }
}
