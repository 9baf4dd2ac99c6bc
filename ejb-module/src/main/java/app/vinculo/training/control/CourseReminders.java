package app.vinculo.training.control;

import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.boundary.Thresholds;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.Registration;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * RM4: an edition starts in 7 and 1 days (setting RM4_COURSE_DAYS_BEFORE) → its registered contacts (in their
 * language, without a portal link) and its instructors, once per threshold.
 */
@ApplicationScoped
public class CourseReminders extends DueReminders {

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    @Override
    protected void collect(Instant until, Due due) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(until, zone);
        List<Integer> thresholds = settings.intList(Setting.RM4_COURSE_DAYS_BEFORE);
        int widest = thresholds.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<CourseEdition> starting = em.createQuery("select e from CourseEdition e join fetch e.course "
                        + "where e.status in :live and e.firstDay >= :today and e.firstDay <= :to order by e.firstDay",
                        CourseEdition.class)
                .setParameter("live", List.of(EditionStatus.SCHEDULED, EditionStatus.OPEN))
                .setParameter("today", today).setParameter("to", today.plusDays(widest))
                .setMaxResults(2_000).getResultList();
        if (starting.isEmpty()) {
            return;
        }
        Map<Long, List<Recipient>> contacts = new HashMap<>();
        em.createQuery("select r from Registration r join fetch r.contact where r.edition in :e and r.status = :s",
                        Registration.class)
                .setParameter("e", starting).setParameter("s", RegistrationStatus.REGISTERED).getResultList().stream()
                .filter(r -> r.getContact().getEmail() != null)
                .forEach(r -> contacts.computeIfAbsent(r.getEdition().getId(), k -> new ArrayList<>())
                        .add(new Recipient(null, r.getContact().getEmail(), r.getContact().getName(), r.getContact().getLanguage())));
        for (CourseEdition e : starting) {
            Integer band = Thresholds.reached(e.getFirstDay(), today, thresholds);
            if (band == null) {
                continue;
            }
            String threshold = "T-" + band;
            Instant dueAt = e.getFirstDay().minusDays(band).atStartOfDay(zone).toInstant();
            Map<String, String> params = CourseMailParams.of(e);
            List<Recipient> instructors = e.getInstructors().stream().map(staff::user).flatMap(java.util.Optional::stream)
                    .filter(Objects::nonNull).toList();
            due.add(ReminderKind.RM4_COURSE_STARTING, e.getId(), threshold, dueAt, instructors,
                    "/training/editions/view.xhtml?id=" + e.getId(), params);
            due.add(ReminderKind.RM4_COURSE_STARTING, e.getId(), threshold, dueAt, contacts.getOrDefault(e.getId(), List.of()),
                    null, params);
        }
    }
}
