package app.vinculo.visits.control;

import app.vinculo.admin.boundary.StaffDirectory;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.boundary.ReminderSource;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.visits.entity.Visit;
import app.vinculo.visits.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** RM2: a visit some days away (setting, default 2) still unconfirmed or below the minimum topics (R2.1) → its consultants. */
@ApplicationScoped
public class VisitPlanReminders implements ReminderSource {

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
        int daysBefore = settings.intValue(Setting.RM2_VISIT_DAYS_BEFORE);
        int minTopics = settings.intValue(Setting.VISIT_MIN_TOPICS);
        List<Visit> soon = em.createQuery("select v from Visit v join fetch v.client where v.status in :open "
                        + "and v.scheduledAt > :now and v.scheduledAt <= :horizon order by v.scheduledAt", Visit.class)
                .setParameter("open", List.of(VisitStatus.PLANNED, VisitStatus.CONFIRMED))
                .setParameter("now", until).setParameter("horizon", until.plus(Duration.ofDays(daysBefore)))
                .setMaxResults(5_000).getResultList();
        List<Occurrence> occurrences = new ArrayList<>();
        for (Visit v : soon) {
            if (v.getStatus() == VisitStatus.CONFIRMED && v.getTopics().size() >= minTopics) {
                continue;
            }
            List<Recipient> to = v.getConsultants().stream().map(staff::user).flatMap(java.util.Optional::stream).toList();
            if (to.isEmpty()) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(v.getScheduledAt(), clock.getZone());
            occurrences.add(new Occurrence(ReminderKind.RM2_VISIT_PLAN_INCOMPLETE, v.getId().toString(), day.toString(),
                    v.getScheduledAt().minus(Duration.ofDays(daysBefore)), to, "/visits/view.xhtml?id=" + v.getId(),
                    Map.of("client", v.getClient().displayName(), "date", LocalizedText.date(day))));
        }
        return occurrences;
    }
}
