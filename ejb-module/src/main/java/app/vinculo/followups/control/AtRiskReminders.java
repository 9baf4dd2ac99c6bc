package app.vinculo.followups.control;

import app.vinculo.admin.boundary.StaffDirectory;
import app.vinculo.clients.entity.Client;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.boundary.ReminderSource;
import app.vinculo.reminders.entity.ReminderKind;
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
 * RM7 (R3.1): an active client without recorded contact for more than the configured days → its lead consultant.
 * One occurrence per at-risk episode: the key carries the last contact's date, so a new contact starts a new one.
 */
@ApplicationScoped
public class AtRiskReminders implements ReminderSource {

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
        int days = settings.intValue(Setting.AT_RISK_DAYS);
        Instant limit = until.minus(Duration.ofDays(days));
        List<Client> clients = em.createQuery("select c from Client c where c.active = :yes and c.leadConsultant is not null "
                        + "and ((c.lastContactAt is null and c.createdAt < :limit) or c.lastContactAt < :limit) order by c.id",
                        Client.class)
                .setParameter("yes", Boolean.TRUE).setParameter("limit", limit).setMaxResults(20_000).getResultList();
        List<Occurrence> occurrences = new ArrayList<>();
        for (Client c : clients) {
            Instant reference = c.getLastContactAt() != null ? c.getLastContactAt() : c.getCreatedAt();
            String episode = c.getLastContactAt() == null ? "never" : LocalDate.ofInstant(c.getLastContactAt(), clock.getZone()).toString();
            staff.user(c.getLeadConsultant()).ifPresent(lead -> occurrences.add(new Occurrence(ReminderKind.RM7_CLIENT_AT_RISK,
                    c.getId().toString(), episode, reference.plus(Duration.ofDays(days)), List.of(lead),
                    "/clients/view.xhtml?id=" + c.getId(),
                    Map.of("client", c.displayName(), "days", Long.toString(Duration.between(reference, until).toDays())))));
        }
        return occurrences;
    }
}
