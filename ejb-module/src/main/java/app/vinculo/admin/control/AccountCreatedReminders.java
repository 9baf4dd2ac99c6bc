package app.vinculo.admin.control;

import app.vinculo.platform.security.AppUser;
import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The portal's own notice: a person with a new account (and an e-mail address) is told once that it exists,
 * with a link to the portal. Looks back {@value #LOOKBACK_DAYS} days, so a notice due while the server was down
 * still goes out, and accounts older than that are never greeted late.
 */
@ApplicationScoped
public class AccountCreatedReminders extends DueReminders {

    static final int LOOKBACK_DAYS = 7;

    @Override
    protected void collect(Instant until, Due due) {
        List<AppUser> users = em.createQuery("select u from AppUser u where u.email is not null and u.enabled = :yes "
                        + "and u.createdAt <= :until and u.createdAt > :since order by u.id", AppUser.class)
                .setParameter("until", until).setParameter("yes", Boolean.TRUE)
                .setParameter("since", since(until, LOOKBACK_DAYS))
                .setMaxResults(10_000)
                .getResultList();
        for (AppUser u : users) {
            due.add(ReminderKind.ACCOUNT_CREATED, u.getId(), "created", u.getCreatedAt(),
                    List.of(new Recipient(u.getUsername(), u.getEmail(), u.getDisplayName(), u.getLanguage())), "/",
                    Map.of("username", u.getUsername()));
        }
    }
}
