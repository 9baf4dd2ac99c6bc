package app.vinculo.requirements.control;

import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.requirements.entity.Requirement;
import app.vinculo.requirements.entity.RequirementStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** RM5: a requirement waits UNDER_REVIEW more than the configured days (default 5) → Implementation Heads, once per submission. */
@ApplicationScoped
public class RequirementReminders extends DueReminders {

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    @Override
    protected void collect(Instant until, Due due) {
        int days = settings.intValue(Setting.RM5_REVIEW_WAIT_DAYS);
        List<Requirement> waiting = em.createQuery("select r from Requirement r join fetch r.client where r.status = :s "
                        + "and r.submittedAt < :limit order by r.submittedAt", Requirement.class)
                .setParameter("s", RequirementStatus.UNDER_REVIEW).setParameter("limit", until.minus(Duration.ofDays(days)))
                .setMaxResults(5_000).getResultList();
        if (waiting.isEmpty()) {
            return;
        }
        List<Recipient> heads = staff.withRoles(List.of(Role.IMPLEMENTATION_HEAD));
        for (Requirement r : waiting) {
            due.add(ReminderKind.RM5_REQUIREMENT_WAITING_REVIEW, r.getId(), r.getSubmittedAt().toString(),
                    r.getSubmittedAt().plus(Duration.ofDays(days)), heads, "/requirements/view.xhtml?id=" + r.getId(),
                    Map.of("title", r.getTitle(), "client", r.getClient().displayName(),
                            "days", Long.toString(Duration.between(r.getSubmittedAt(), until).toDays()),
                            "since", LocalizedText.date(LocalDate.ofInstant(r.getSubmittedAt(), clock.getZone()))));
        }
    }
}
