package app.vinculo.admin.control;

import app.vinculo.platform.security.AppUser;
import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.boundary.ReminderSource;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The portal's own notice: a person with a new account (and an e-mail address) is told once that it exists,
 * with a link to the portal. Looks back {@value #LOOKBACK_DAYS} days, so a notice due while the server was down
 * still goes out, and accounts older than that are never greeted late.
 */
@ApplicationScoped
public class AccountCreatedReminders implements ReminderSource {

    static final int LOOKBACK_DAYS = 7;

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Override
    public List<Occurrence> dueUntil(Instant until) {
        List<AppUser> users = em.createQuery("select u from AppUser u where u.email is not null and u.enabled = :yes "
                        + "and u.createdAt <= :until and u.createdAt > :since order by u.id", AppUser.class)
                .setParameter("until", until).setParameter("yes", Boolean.TRUE)
                .setParameter("since", until.minus(Duration.ofDays(LOOKBACK_DAYS)))
                .setMaxResults(10_000)
                .getResultList();
        return users.stream().map(u -> new Occurrence(ReminderKind.ACCOUNT_CREATED, u.getId().toString(), "created",
                u.getCreatedAt(), List.of(new Recipient(u.getUsername(), u.getEmail(), u.getDisplayName(), u.getLanguage())),
                "/", Map.of("username", u.getUsername()))).toList();
    }
}
