package app.vinculo.releases.control;

import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.releases.entity.CampaignStatus;
import app.vinculo.releases.entity.TestResult;
import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** RM8: test cases still NOT_RUN N days (default 5) after the release was published → their assignees, once per campaign. */
@ApplicationScoped
public class TestCaseReminders extends DueReminders {

    @Inject
    SettingsStore settings;

    @Override
    protected void collect(Instant until, Due due) {
        int days = settings.intValue(Setting.RM8_TEST_NOT_RUN_DAYS);
        List<Object[]> rows = em.createQuery("select c.id, r.label, r.publishedAt, t.assignee, count(t) from TestCase t "
                        + "join t.campaign c join c.release r where c.status = :open and t.result = :notRun "
                        + "and t.assignee is not null and r.publishedAt < :limit "
                        + "group by c.id, r.label, r.publishedAt, t.assignee order by c.id", Object[].class)
                .setParameter("open", CampaignStatus.OPEN).setParameter("notRun", TestResult.NOT_RUN)
                .setParameter("limit", until.minus(Duration.ofDays(days))).setMaxResults(10_000).getResultList();
        for (Object[] row : rows) {
            Instant published = (Instant) row[2];
            due.add(ReminderKind.RM8_TEST_CASES_NOT_RUN, row[0], "T+" + days, published.plus(Duration.ofDays(days)),
                    staff.user((String) row[3]), "/releases/my-cases.xhtml",
                    Map.of("version", (String) row[1], "count", row[4].toString()));
        }
    }
}
