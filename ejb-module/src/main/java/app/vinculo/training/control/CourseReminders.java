package app.vinculo.training.control;

import app.vinculo.admin.boundary.StaffDirectory;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.boundary.ReminderSource;
import app.vinculo.reminders.boundary.Thresholds;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.Registration;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
public class CourseReminders implements ReminderSource {

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
            return List.of();
        }
        Map<Long, List<Recipient>> contacts = new HashMap<>();
        em.createQuery("select r from Registration r join fetch r.contact where r.edition in :e and r.status = :s",
                        Registration.class)
                .setParameter("e", starting).setParameter("s", RegistrationStatus.REGISTERED).getResultList().stream()
                .filter(r -> r.getContact().getEmail() != null)
                .forEach(r -> contacts.computeIfAbsent(r.getEdition().getId(), k -> new ArrayList<>())
                        .add(new Recipient(null, r.getContact().getEmail(), r.getContact().getName(), r.getContact().getLanguage())));
        List<Occurrence> out = new ArrayList<>();
        for (CourseEdition e : starting) {
            Integer band = Thresholds.reached(e.getFirstDay(), today, thresholds);
            if (band == null) {
                continue;
            }
            String due = "T-" + band;
            Instant dueAt = e.getFirstDay().minusDays(band).atStartOfDay(zone).toInstant();
            Map<String, String> params = CourseMailParams.of(e);
            List<Recipient> instructors = e.getInstructors().stream().map(staff::user).flatMap(java.util.Optional::stream)
                    .filter(Objects::nonNull).toList();
            if (!instructors.isEmpty()) {
                out.add(new Occurrence(ReminderKind.RM4_COURSE_STARTING, e.getId().toString(), due, dueAt, instructors,
                        "/training/edition.xhtml?id=" + e.getId(), params));
            }
            List<Recipient> registered = contacts.getOrDefault(e.getId(), List.of());
            if (!registered.isEmpty()) {
                out.add(new Occurrence(ReminderKind.RM4_COURSE_STARTING, e.getId().toString(), due, dueAt, registered,
                        null, params));
            }
        }
        return out;
    }
}
