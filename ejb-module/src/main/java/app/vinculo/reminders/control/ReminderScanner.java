package app.vinculo.reminders.control;

import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.boundary.OutboxStore;
import app.vinculo.reminders.boundary.ReminderSource;
import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.OutboxMessage;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.reminders.entity.ReminderPreference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks every {@link ReminderSource} what is due and writes each new occurrence (per recipient) to the outbox,
 * honouring each user's delivery choice and opt-outs (except mandatory kinds). Recording twice is a no-op.
 */
@ApplicationScoped
public class ReminderScanner {

    private static final Logger LOG = Logger.getLogger(ReminderScanner.class.getName());

    @Inject
    Instance<ReminderSource> sources;

    @Inject
    OutboxStore store;

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    /** What one scan found and wrote. */
    public record Result(int found, int recorded, List<String> errors) {
    }

    public Result scan(Instant now) {
        int found = 0;
        int recorded = 0;
        List<String> errors = new ArrayList<>();
        for (ReminderSource source : sources) {
            try {
                List<OutboxMessage> rows = rowsFor(source.dueUntil(now), now);
                found += rows.size();
                recorded += recordNew(rows);
            } catch (RuntimeException e) {
                String name = source.getClass().getSimpleName().replaceAll("\\$.*", "");
                LOG.log(Level.WARNING, "Reminder source " + name + " failed", e);
                errors.add(name + ": " + e.getMessage());
            }
        }
        return new Result(found, recorded, errors);
    }

    /** The outbox rows these occurrences would produce (without looking at what is recorded). */
    public List<OutboxMessage> rowsFor(Collection<Occurrence> occurrences, Instant now) {
        Map<String, ReminderPreference> prefs = preferences(occurrences);
        Set<ReminderKind> mandatory = mandatoryKinds();
        ZoneId zone = clock.getZone();
        List<OutboxMessage> rows = new ArrayList<>();
        for (Occurrence o : occurrences) {
            for (Recipient r : o.recipients()) {
                ReminderPreference p = r.username() == null ? null : prefs.get(r.username());
                if (p != null && p.getOptedOut().contains(o.kind()) && !mandatory.contains(o.kind())) {
                    continue;
                }
                Delivery delivery = p == null ? Delivery.IMMEDIATE : p.getDelivery();
                Instant notBefore = delivery == Delivery.DIGEST ? nextDigest(now, p.getDigestHour(), zone) : now;
                rows.add(new OutboxMessage(o.keyFor(r), o.dueAt(), r, o.linkPath(), o.params(), delivery, notBefore));
            }
        }
        return rows;
    }

    private int recordNew(List<OutboxMessage> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, OutboxMessage> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.putIfAbsent(r.getOccurrenceKey(), r));
        Set<String> existing = store.existingKeys(byKey.keySet());
        List<OutboxMessage> fresh = byKey.values().stream().filter(r -> !existing.contains(r.getOccurrenceKey())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        try {
            return store.record(fresh);
        } catch (RuntimeException raceWithAnotherServer) {
            // another server recorded some of these first: record the rest one by one
            int recorded = 0;
            for (OutboxMessage row : fresh) {
                try {
                    recorded += store.record(List.of(row));
                } catch (RuntimeException alreadyThere) {
                    LOG.fine(() -> "already recorded: " + row.getOccurrenceKey());
                }
            }
            return recorded;
        }
    }

    /** The first time at {@code hour}:00 in the business zone that is not before {@code now}. */
    static Instant nextDigest(Instant now, int hour, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime at = local.toLocalDate().atTime(hour, 0).atZone(zone);
        return at.isBefore(local) ? at.plusDays(1).toInstant() : at.toInstant();
    }

    public Set<ReminderKind> mandatoryKinds() {
        EnumSet<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        for (String code : settings.codeList(Setting.REMINDER_MANDATORY_KINDS)) {
            try {
                kinds.add(ReminderKind.valueOf(code));
            } catch (IllegalArgumentException unknown) {
                // an unknown code in the setting is ignored
            }
        }
        return kinds;
    }

    private Map<String, ReminderPreference> preferences(Collection<Occurrence> occurrences) {
        Set<String> usernames = new java.util.HashSet<>();
        occurrences.forEach(o -> o.recipients().forEach(r -> {
            if (r.username() != null) {
                usernames.add(r.username());
            }
        }));
        Map<String, ReminderPreference> map = new HashMap<>();
        List<String> all = new ArrayList<>(usernames);
        for (int i = 0; i < all.size(); i += 500) {
            em.createQuery("select p from ReminderPreference p where p.username in :names", ReminderPreference.class)
                    .setParameter("names", all.subList(i, Math.min(all.size(), i + 500)))
                    .getResultList().forEach(p -> map.put(p.getUsername(), p));
        }
        return map;
    }
}
