package app.vinculo.reminders.boundary;

import app.vinculo.admin.boundary.StaffDirectory;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The skeleton every feature's reminders share: one scan reads what is due up to an instant (bounded queries of the
 * feature's records through {@link #em}), the people to tell come from {@link #staff} (by role, or the record's
 * owner), and each record becomes an occurrence — kind, subject, which occurrence (the key's "due" part), when, to
 * whom, the page it links to and the values its message shows. An occurrence nobody would receive is left out, once,
 * here. Subclasses are {@code @ApplicationScoped} CDI beans that only read; each scan gets its own {@link Due}, so
 * nothing is kept between scans.
 */
public abstract class DueReminders implements ReminderSource {

    @PersistenceContext(unitName = "vinculo")
    protected EntityManager em;

    @Inject
    protected StaffDirectory staff;

    @Override
    public List<Occurrence> dueUntil(Instant until) {
        Due due = new Due();
        collect(until, due);
        return due.occurrences;
    }

    /** Adds every occurrence due at or before {@code until} (see {@link ReminderSource#dueUntil}) to {@code due}. */
    protected abstract void collect(Instant until, Due due);

    /** The start of a notice's look-back window: what happened in the {@code days} days before {@code until}. */
    protected static Instant since(Instant until, int days) {
        return until.minus(Duration.ofDays(days));
    }

    /** The occurrences one scan finds. */
    public static final class Due {

        private final List<Occurrence> occurrences = new ArrayList<>();

        /** One occurrence for {@code recipients}; none when there is nobody to tell. */
        public void add(ReminderKind kind, Object subjectId, String occurrence, Instant dueAt, List<Recipient> recipients,
                        String linkPath, Map<String, String> params) {
            if (!recipients.isEmpty()) {
                occurrences.add(new Occurrence(kind, subjectId.toString(), occurrence, dueAt, recipients, linkPath, params));
            }
        }

        /** One occurrence for one person, when they are a portal user who can be told ({@link StaffDirectory#user}). */
        public void add(ReminderKind kind, Object subjectId, String occurrence, Instant dueAt, Optional<Recipient> recipient,
                        String linkPath, Map<String, String> params) {
            recipient.ifPresent(r -> add(kind, subjectId, occurrence, dueAt, List.of(r), linkPath, params));
        }
    }
}
