package app.vinculo.agreements.control;

import app.vinculo.agreements.entity.RegularizationCase;
import app.vinculo.agreements.entity.RegularizationStatus;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.security.Role;
import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** R1.3 referral notice: a regularisation case opened → every Project Manager, once per case. */
@ApplicationScoped
public class RegularizationReminders extends DueReminders {

    static final int LOOKBACK_DAYS = 7;

    @Override
    protected void collect(Instant until, Due due) {
        List<RegularizationCase> opened = em.createQuery("select r from RegularizationCase r join fetch r.client "
                        + "where r.openedAt <= :until and r.openedAt > :since and r.status in :open order by r.id",
                        RegularizationCase.class)
                .setParameter("until", until).setParameter("since", since(until, LOOKBACK_DAYS))
                .setParameter("open", List.of(RegularizationStatus.OPEN, RegularizationStatus.IN_NEGOTIATION))
                .setMaxResults(5_000).getResultList();
        if (opened.isEmpty()) {
            return;
        }
        List<Recipient> managers = staff.withRoles(List.of(Role.PROJECT_MANAGER));
        for (RegularizationCase r : opened) {
            due.add(ReminderKind.REGULARIZATION_OPENED, r.getId(), "opened", r.getOpenedAt(), managers,
                    "/agreements/regularization.xhtml?id=" + r.getId(), Map.of("client", r.getClient().displayName(),
                            "reason", LocalizedText.of("value.gate." + r.getReason().name())));
        }
    }
}
