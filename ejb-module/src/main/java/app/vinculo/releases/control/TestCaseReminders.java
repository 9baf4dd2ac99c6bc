package app.vinculo.releases.control;

import app.vinculo.admin.boundary.StaffDirectory;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.releases.entity.CampaignStatus;
import app.vinculo.releases.entity.TestResult;
import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.boundary.ReminderSource;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** RM8: test cases still NOT_RUN N days (default 5) after the release was published → their assignees, once per campaign. */
@ApplicationScoped
public class TestCaseReminders implements ReminderSource {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    SettingsStore settings;

    @Inject
    StaffDirectory staff;

    @Override
    public List<Occurrence> dueUntil(Instant until) {
        int days = settings.intValue(Setting.RM8_TEST_NOT_RUN_DAYS);
        List<Object[]> rows = em.createQuery("select c.id, r.label, r.publishedAt, t.assignee, count(t) from TestCase t "
                        + "join t.campaign c join c.release r where c.status = :open and t.result = :notRun "
                        + "and t.assignee is not null and r.publishedAt < :limit "
                        + "group by c.id, r.label, r.publishedAt, t.assignee order by c.id", Object[].class)
                .setParameter("open", CampaignStatus.OPEN).setParameter("notRun", TestResult.NOT_RUN)
                .setParameter("limit", until.minus(Duration.ofDays(days))).setMaxResults(10_000).getResultList();
        List<Occurrence> out = new ArrayList<>();
        for (Object[] row : rows) {
            Long campaign = (Long) row[0];
            Instant published = (Instant) row[2];
            staff.user((String) row[3]).ifPresent(who -> out.add(new Occurrence(ReminderKind.RM8_TEST_CASES_NOT_RUN,
                    campaign.toString(), "T+" + days, published.plus(Duration.ofDays(days)), List.of(who),
                    "/releases/my-cases.xhtml", Map.of("version", (String) row[1], "count", row[4].toString()))));
        }
        return out;
    }
}
