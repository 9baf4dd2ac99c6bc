package app.vinculo.reminders.boundary;

import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.OutboxMessage;
import app.vinculo.reminders.entity.OutboxState;
import app.vinculo.reminders.entity.ReminderRun;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outbox's transactions, each short and on its own: record occurrences, claim rows, record outcomes.
 * Internal to the reminder engine (called by its controls and timer, not by the web tier).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** How long a claim protects a row; a server that dies while sending frees it after this. */
    public static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    /** Which of these occurrence keys are already in the outbox. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> existingKeys(Collection<String> keys) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += 500) {
            found.addAll(em.createQuery("select m.occurrenceKey from OutboxMessage m where m.occurrenceKey in :keys",
                    String.class).setParameter("keys", all.subList(i, Math.min(all.size(), i + 500))).getResultList());
        }
        return found;
    }

    /**
     * Inserts new rows in one transaction. When another server inserted one of them meanwhile, the unique key
     * refuses it and this whole batch rolls back; the next scan records the rest.
     */
    public int record(List<OutboxMessage> rows) {
        for (OutboxMessage row : rows) {
            em.persist(row);
        }
        em.flush();
        return rows.size();
    }

    /**
     * Claims up to {@code limit} rows ready to send now for this server: PENDING, due, not claimed by a live
     * claim. The conditional UPDATE is what makes a claim exclusive across servers and threads.
     */
    public List<Long> claim(Delivery delivery, String server, Instant now, int limit) {
        List<Long> candidates = em.createQuery("select m.id from OutboxMessage m where m.state = :pending "
                        + "and m.delivery = :delivery and m.nextAttemptAt <= :now "
                        + "and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboxState.PENDING).setParameter("delivery", delivery)
                .setParameter("now", now).setMaxResults(limit).getResultList();
        return claimIds(candidates, server, now);
    }

    /** Claims the given rows (for digests: all of one recipient's). */
    public List<Long> claimIds(List<Long> candidates, String server, Instant now) {
        List<Long> claimed = new ArrayList<>();
        for (Long id : candidates) {
            int updated = em.createQuery("update OutboxMessage m set m.claimedBy = :server, m.claimedUntil = :until "
                            + "where m.id = :id and m.state = :pending and (m.claimedUntil is null or m.claimedUntil < :now)")
                    .setParameter("server", server).setParameter("until", now.plus(CLAIM)).setParameter("id", id)
                    .setParameter("pending", OutboxState.PENDING).setParameter("now", now).executeUpdate();
            if (updated == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /** Digest rows waiting for the given recipients' digest hour. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OutboxMessage> pendingDigestRows(Instant now, int limit) {
        return em.createQuery("select m from OutboxMessage m where m.state = :pending and m.delivery = :digest "
                        + "and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now) "
                        + "order by m.recipientEmail, m.dueAt", OutboxMessage.class)
                .setParameter("pending", OutboxState.PENDING).setParameter("digest", Delivery.DIGEST)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OutboxMessage find(long id) {
        return em.find(OutboxMessage.class, id);
    }

    public void sent(List<Long> ids, Instant at) {
        for (Long id : ids) {
            OutboxMessage m = em.find(OutboxMessage.class, id);
            if (m != null) {
                m.sent(at);
            }
        }
    }

    public void failed(List<Long> ids, String error, Instant now, Duration backoffFirst, Duration backoffCap, int maxAttempts) {
        for (Long id : ids) {
            OutboxMessage m = em.find(OutboxMessage.class, id);
            if (m != null) {
                var backoff = new app.vinculo.reminders.control.Backoff(backoffFirst, backoffCap);
                m.attemptFailed(error, now, backoff.afterAttempt(m.getAttempts() + 1), maxAttempts);
            }
        }
    }

    public void run(ReminderRun run) {
        em.persist(run);
        em.createQuery("delete from ReminderRun r where r.startedAt < :old")
                .setParameter("old", run.getStartedAt().minus(Duration.ofDays(7))).executeUpdate();
    }
}
