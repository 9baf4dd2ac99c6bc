package app.vinculo.requirements.control;

import app.vinculo.admin.boundary.StaffDirectory;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.boundary.ReminderSource;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.requirements.entity.Quote;
import app.vinculo.requirements.entity.QuoteStatus;
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

/**
 * RM6: a SENT quote without answer after the configured days (default 15), and a SENT quote whose validity ends
 * within a day → Project Managers and Implementation Heads; each once per quote.
 */
@ApplicationScoped
public class QuoteReminders implements ReminderSource {

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
        int days = settings.intValue(Setting.RM6_QUOTE_ANSWER_DAYS);
        List<Quote> sent = em.createQuery("select q from Quote q join fetch q.client where q.status = :s order by q.sentAt",
                Quote.class).setParameter("s", QuoteStatus.SENT).setMaxResults(10_000).getResultList();
        if (sent.isEmpty()) {
            return List.of();
        }
        List<Recipient> to = staff.withRoles(List.of(Role.PROJECT_MANAGER, Role.IMPLEMENTATION_HEAD));
        List<Occurrence> occurrences = new ArrayList<>();
        for (Quote q : sent) {
            Instant noAnswer = q.getSentAt().plus(Duration.ofDays(days));
            if (!noAnswer.isAfter(until)) {
                occurrences.add(occurrence(q, "NO_ANSWER", noAnswer, to, LocalizedText.of("value.rm6.noAnswer", days)));
            }
            Instant validityEnds = q.validUntil();
            if (validityEnds != null && !validityEnds.minus(Duration.ofDays(1)).isAfter(until)) {
                occurrences.add(occurrence(q, "VALIDITY", validityEnds.minus(Duration.ofDays(1)), to,
                        LocalizedText.of("value.rm6.validity", LocalDate.ofInstant(validityEnds, clock.getZone()))));
            }
        }
        return to.isEmpty() ? List.of() : occurrences;
    }

    private static Occurrence occurrence(Quote q, String due, Instant at, List<Recipient> to, String when) {
        return new Occurrence(ReminderKind.RM6_QUOTE_UNANSWERED, q.getId().toString(), due, at, to,
                "/quotes/view.xhtml?id=" + q.getId(),
                Map.of("number", q.getNumber(), "client", q.getClient().displayName(), "when", when));
    }
}
