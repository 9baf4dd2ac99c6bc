package app.vinculo.requirements.control;

import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.requirements.entity.Quote;
import app.vinculo.requirements.entity.QuoteStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * RM6: a SENT quote without answer after the configured days (default 15), and a SENT quote whose validity ends
 * within a day → Project Managers and Implementation Heads; each once per quote.
 */
@ApplicationScoped
public class QuoteReminders extends DueReminders {

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    @Override
    protected void collect(Instant until, Due due) {
        int days = settings.intValue(Setting.RM6_QUOTE_ANSWER_DAYS);
        List<Quote> sent = em.createQuery("select q from Quote q join fetch q.client where q.status = :s order by q.sentAt",
                Quote.class).setParameter("s", QuoteStatus.SENT).setMaxResults(10_000).getResultList();
        if (sent.isEmpty()) {
            return;
        }
        List<Recipient> to = staff.withRoles(List.of(Role.PROJECT_MANAGER, Role.IMPLEMENTATION_HEAD));
        for (Quote q : sent) {
            Instant noAnswer = q.getSentAt().plus(Duration.ofDays(days));
            if (!noAnswer.isAfter(until)) {
                add(due, q, "NO_ANSWER", noAnswer, to, LocalizedText.of("value.rm6.noAnswer", days));
            }
            Instant validityEnds = q.validUntil();
            if (validityEnds != null && !validityEnds.minus(Duration.ofDays(1)).isAfter(until)) {
                add(due, q, "VALIDITY", validityEnds.minus(Duration.ofDays(1)), to,
                        LocalizedText.of("value.rm6.validity", LocalDate.ofInstant(validityEnds, clock.getZone())));
            }
        }
    }

    private static void add(Due due, Quote q, String occurrence, Instant at, List<Recipient> to, String when) {
        due.add(ReminderKind.RM6_QUOTE_UNANSWERED, q.getId(), occurrence, at, to, "/quotes/view.xhtml?id=" + q.getId(),
                Map.of("number", q.getNumber(), "client", q.getClient().displayName(), "when", when));
    }
}
