package app.vinculo.visits.control;

import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.visits.entity.Visit;
import app.vinculo.visits.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** RM2: a visit some days away (setting, default 2) still unconfirmed or below the minimum topics (R2.1) → its consultants. */
@ApplicationScoped
public class VisitPlanReminders extends DueReminders {

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    @Override
    protected void collect(Instant until, Due due) {
        int daysBefore = settings.intValue(Setting.RM2_VISIT_DAYS_BEFORE);
        int minTopics = settings.intValue(Setting.VISIT_MIN_TOPICS);
        List<Visit> soon = em.createQuery("select v from Visit v join fetch v.client where v.status in :open "
                        + "and v.scheduledAt > :now and v.scheduledAt <= :horizon order by v.scheduledAt", Visit.class)
                .setParameter("open", List.of(VisitStatus.PLANNED, VisitStatus.CONFIRMED))
                .setParameter("now", until).setParameter("horizon", until.plus(Duration.ofDays(daysBefore)))
                .setMaxResults(5_000).getResultList();
        for (Visit v : soon) {
            if (v.getStatus() == VisitStatus.CONFIRMED && v.getTopics().size() >= minTopics) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(v.getScheduledAt(), clock.getZone());
            due.add(ReminderKind.RM2_VISIT_PLAN_INCOMPLETE, v.getId(), day.toString(),
                    v.getScheduledAt().minus(Duration.ofDays(daysBefore)),
                    v.getConsultants().stream().map(staff::user).flatMap(Optional::stream).toList(),
                    "/visits/view.xhtml?id=" + v.getId(),
                    Map.of("client", v.getClient().displayName(), "date", LocalizedText.date(day)));
        }
    }
}
