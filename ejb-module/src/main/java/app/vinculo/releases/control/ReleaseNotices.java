package app.vinculo.releases.control;

import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.security.Role;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.Release;
import app.vinculo.releases.entity.ReleaseChange;
import app.vinculo.releases.entity.ReleaseStatus;
import app.vinculo.reminders.boundary.DueReminders;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * R6.1: a published release → every Implementation Head gets the list of developments and modifications grouped by
 * module (fixes counted); and each requirement a change delivers → its client's lead consultant is told the version.
 * Looks back {@value #LOOKBACK_DAYS} days, so a notice due while the server was down still goes, once.
 */
@ApplicationScoped
public class ReleaseNotices extends DueReminders {

    static final int LOOKBACK_DAYS = 7;

    /** The outbox keeps up to 4 000 characters of parameters; the list is cut well before. */
    static final int MAX_LIST = 2_500;

    @Inject
    Clock clock;

    @Override
    protected void collect(Instant until, Due due) {
        List<Release> published = em.createQuery("select r from Release r where r.status = :p and r.publishedAt <= :until "
                        + "and r.publishedAt > :since order by r.publishedAt", Release.class)
                .setParameter("p", ReleaseStatus.PUBLISHED).setParameter("until", until)
                .setParameter("since", since(until, LOOKBACK_DAYS)).setMaxResults(200).getResultList();
        if (published.isEmpty()) {
            return;
        }
        List<Recipient> heads = staff.withRoles(List.of(Role.IMPLEMENTATION_HEAD));
        for (Release r : published) {
            List<ReleaseChange> changes = em.createQuery("select c from ReleaseChange c left join fetch c.requirement q "
                            + "left join fetch q.client where c.release = :r order by c.moduleCode, c.sortOrder", ReleaseChange.class)
                    .setParameter("r", r).getResultList();
            String date = LocalizedText.date(LocalDate.ofInstant(r.getPublishedAt(), clock.getZone()));
            due.add(ReminderKind.RELEASE_PUBLISHED, r.getId(), "published", r.getPublishedAt(), heads,
                    "/releases/view.xhtml?id=" + r.getId(), Map.of("version", r.getLabel(), "changes", list(changes)));
            for (ReleaseChange c : changes) {
                if (c.getRequirement() == null) {
                    continue;
                }
                due.add(ReminderKind.REQUIREMENT_IN_RELEASE, c.getRequirement().getId(), r.getLabel(), r.getPublishedAt(),
                        staff.user(c.getRequirement().getClient().getLeadConsultant()),
                        "/requirements/view.xhtml?id=" + c.getRequirement().getId(),
                        Map.of("version", r.getLabel(), "title", c.getRequirement().getTitle(),
                                "client", c.getRequirement().getClient().displayName(), "date", date));
            }
        }
    }

    /** Developments and modifications grouped by module; fixes only counted. Spanish, like the procedure's records. */
    static String list(List<ReleaseChange> byModule) {
        StringBuilder b = new StringBuilder();
        String module = null;
        int fixes = 0;
        int left = 0;
        for (ReleaseChange c : byModule) {
            if (c.getKind() == ChangeKind.FIX) {
                fixes++;
                continue;
            }
            if (b.length() > MAX_LIST) {
                left++;
                continue;
            }
            if (!c.getModuleCode().equals(module)) {
                module = c.getModuleCode();
                b.append(b.isEmpty() ? "" : "\n").append(module).append(":\n");
            }
            b.append("• ").append(c.getKind() == ChangeKind.NEW_DEVELOPMENT ? "Nuevo desarrollo" : "Modificación")
                    .append(": ").append(c.getDescription()).append('\n');
        }
        if (left > 0) {
            b.append("… y ").append(left).append(" cambio(s) más en el portal.\n");
        }
        if (fixes > 0) {
            b.append("\nIncluye además ").append(fixes).append(" corrección(es).");
        }
        return b.toString().stripTrailing();
    }
}
