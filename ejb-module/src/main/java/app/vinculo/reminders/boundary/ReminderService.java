package app.vinculo.reminders.boundary;

import app.vinculo.platform.config.VinculoConfig;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.reminders.control.MailRenderer;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.reminders.control.ReminderScanner;
import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.OutboxMessage;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.reminders.entity.ReminderPreference;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Boundary of the reminder engine: run it now, see its runs, the outbox (filter, retry, cancel) and what will
 * fire in the next 24 hours (ADMIN; AUDITOR reads); and each user's own delivery choices.
 */
@Stateless
public class ReminderService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    ReminderEngine engine;

    @Inject
    ReminderScanner scanner;

    @Inject
    OutboxStore store;

    @Inject
    Instance<ReminderSource> sources;

    @Inject
    CurrentUser currentUser;

    @Inject
    VinculoConfig config;

    @Inject
    Clock clock;

    /** Runs a scan and a send now, besides the timer. */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunSummary runNow() {
        return engine.run("MANUAL " + currentUser.name());
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<RunRow> lastRuns(int max) {
        return em.createQuery("select new app.vinculo.reminders.boundary.RunRow(r.startedAt, r.finishedAt, "
                        + "r.triggeredBy, r.server, r.found, r.recorded, r.errors) from ReminderRun r order by r.id desc",
                RunRow.class).setMaxResults(Math.min(Math.max(max, 1), 100)).getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<OutboxRow> outbox(OutboxFilter filter, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<OutboxRow> q = em.createQuery("select new app.vinculo.reminders.boundary.OutboxRow(m.id, m.kind, "
                + "m.subjectId, m.dueAt, m.recipientEmail, m.recipientName, m.delivery, m.state, m.attempts, "
                + "m.nextAttemptAt, m.sentAt, m.lastError, m.createdAt) from OutboxMessage m"
                + where(filter, params) + " order by m.id desc", OutboxRow.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(size, 1), 500)).getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public long outboxCount(OutboxFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(m) from OutboxMessage m" + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Another attempt as soon as the sender runs (for FAILED or waiting rows). */
    @RolesAllowed(Role.Names.ADMIN)
    public void retry(long id) {
        message(id).retry(clock.instant());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void cancel(long id) {
        message(id).cancel();
    }

    /** What the sources will have due within the next {@code hours} hours that is not in the outbox yet. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<PreviewRow> preview(int hours) {
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofHours(Math.min(Math.max(hours, 1), 168)));
        List<Occurrence> occurrences = new ArrayList<>();
        for (ReminderSource source : sources) {
            occurrences.addAll(source.dueUntil(until));
        }
        List<OutboxMessage> rows = scanner.rowsFor(occurrences, now);
        Set<String> recorded = store.existingKeys(rows.stream().map(OutboxMessage::getOccurrenceKey).toList());
        MailRenderer renderer = new MailRenderer(config.baseUrl());
        return rows.stream()
                .filter(r -> !recorded.contains(r.getOccurrenceKey()))
                .map(r -> new PreviewRow(r.getKind(), r.getSubjectId(), r.getDueAt(), r.getRecipientEmail(),
                        r.getRecipientName(), r.getDelivery(),
                        renderer.render(r.getKind(), currentLanguage(), r.getRecipientName(), r.getLinkPath(),
                                r.getParams()).subject()))
                .sorted(Comparator.comparing(PreviewRow::dueAt))
                .limit(1000)
                .toList();
    }

    @PermitAll
    public PreferenceView myPreferences() {
        ReminderPreference p = preference(currentUser.name());
        Set<ReminderKind> mandatory = scanner.mandatoryKinds();
        return p == null
                ? new PreferenceView(Delivery.IMMEDIATE, 8, EnumSet.noneOf(ReminderKind.class), mandatory)
                : new PreferenceView(p.getDelivery(), p.getDigestHour(), p.getOptedOut(), mandatory);
    }

    /** The signed-in user chooses immediate mails or a daily digest, and which kinds to skip. */
    @PermitAll
    public void updateMyPreferences(Delivery delivery, int digestHour, Set<ReminderKind> optedOut) {
        String me = currentUser.name();
        if (CurrentUser.SYSTEM.equals(me)) {
            throw new BusinessException("error.forbidden");
        }
        Set<ReminderKind> mandatory = scanner.mandatoryKinds();
        for (ReminderKind kind : optedOut) {
            if (mandatory.contains(kind)) {
                throw new BusinessException("reminder.mandatory", kind.name());
            }
        }
        ReminderPreference p = preference(me);
        if (p == null) {
            p = new ReminderPreference(me);
            p.choose(delivery == null ? Delivery.IMMEDIATE : delivery, digestHour, optedOut);
            em.persist(p);
        } else {
            p.choose(delivery == null ? Delivery.IMMEDIATE : delivery, digestHour, optedOut);
        }
    }

    private String currentLanguage() {
        return em.createQuery("select u.language from AppUser u where u.username = :n", String.class)
                .setParameter("n", currentUser.name()).getResultStream().findFirst().orElse("es");
    }

    private ReminderPreference preference(String username) {
        return em.createQuery("select p from ReminderPreference p where p.username = :n", ReminderPreference.class)
                .setParameter("n", username).getResultStream().findFirst().orElse(null);
    }

    private OutboxMessage message(long id) {
        return Entities.require(em, OutboxMessage.class, id, "outbox");
    }

    private static String where(OutboxFilter f, Map<String, Object> params) {
        if (f == null) {
            return "";
        }
        List<String> c = new ArrayList<>();
        if (f.state() != null) {
            c.add("m.state = :state");
            params.put("state", f.state());
        }
        if (f.kind() != null) {
            c.add("m.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.recipient() != null && !f.recipient().isBlank()) {
            c.add("m.recipientEmail like :recipient");
            String text = f.recipient().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
            params.put("recipient", text.substring(0, Math.min(100, text.length())) + "%");
        }
        if (f.from() != null) {
            c.add("m.createdAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            c.add("m.createdAt < :to");
            params.put("to", f.to());
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }
}
