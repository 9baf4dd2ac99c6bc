package app.vinculo.agreements.control;

import app.vinculo.admin.boundary.StaffDirectory;
import app.vinculo.agreements.entity.RegularizationCase;
import app.vinculo.agreements.entity.RegularizationStatus;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.security.Role;
import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.boundary.ReminderSource;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** R1.3 referral notice: a regularisation case opened → every Project Manager, once per case. */
@ApplicationScoped
public class RegularizationReminders implements ReminderSource {

    static final int LOOKBACK_DAYS = 7;

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Override
    public List<Occurrence> dueUntil(Instant until) {
        List<RegularizationCase> opened = em.createQuery("select r from RegularizationCase r join fetch r.client "
                        + "where r.openedAt <= :until and r.openedAt > :since and r.status in :open order by r.id",
                        RegularizationCase.class)
                .setParameter("until", until).setParameter("since", until.minus(Duration.ofDays(LOOKBACK_DAYS)))
                .setParameter("open", List.of(RegularizationStatus.OPEN, RegularizationStatus.IN_NEGOTIATION))
                .setMaxResults(5_000).getResultList();
        if (opened.isEmpty()) {
            return List.of();
        }
        List<Recipient> managers = staff.withRoles(List.of(Role.PROJECT_MANAGER));
        if (managers.isEmpty()) {
            return List.of();
        }
        return opened.stream().map(r -> new Occurrence(ReminderKind.REGULARIZATION_OPENED, r.getId().toString(), "opened",
                r.getOpenedAt(), managers, "/agreements/regularization.xhtml?id=" + r.getId(),
                Map.of("client", r.getClient().displayName(), "reason", LocalizedText.of("value.gate." + r.getReason().name())))).toList();
    }
}
