package app.vinculo.followups.control;

import app.vinculo.clients.entity.Client;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * RM7 (R3.1): an active client without recorded contact for more than the configured days → its lead consultant.
 * One occurrence per at-risk episode: the key carries the last contact's date, so a new contact starts a new one.
 */
@ApplicationScoped
public class AtRiskReminders extends DueReminders {

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    @Override
    protected void collect(Instant until, Due due) {
        int days = settings.intValue(Setting.AT_RISK_DAYS);
        Instant limit = until.minus(Duration.ofDays(days));
        List<Client> clients = em.createQuery("select c from Client c where c.active = :yes and c.leadConsultant is not null "
                        + "and ((c.lastContactAt is null and c.createdAt < :limit) or c.lastContactAt < :limit) order by c.id",
                        Client.class)
                .setParameter("yes", Boolean.TRUE).setParameter("limit", limit).setMaxResults(20_000).getResultList();
        for (Client c : clients) {
            Instant reference = c.getLastContactAt() != null ? c.getLastContactAt() : c.getCreatedAt();
            String episode = c.getLastContactAt() == null ? "never" : LocalDate.ofInstant(c.getLastContactAt(), clock.getZone()).toString();
            due.add(ReminderKind.RM7_CLIENT_AT_RISK, c.getId(), episode, reference.plus(Duration.ofDays(days)),
                    staff.user(c.getLeadConsultant()), "/clients/view.xhtml?id=" + c.getId(),
                    Map.of("client", c.displayName(), "days", Long.toString(Duration.between(reference, until).toDays())));
        }
    }
}
