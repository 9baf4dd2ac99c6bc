package app.vinculo.requirements.boundary;

import app.vinculo.platform.config.VinculoConfig;
import app.vinculo.requirements.entity.Quote;
import app.vinculo.requirements.entity.QuoteStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The timer that marks SENT quotes EXPIRED once their validity has passed (hourly; idempotent on any server). */
@Stateless
@PermitAll
public class QuoteHousekeeping {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    VinculoConfig config;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "vinculo-quote-expiry")
    void hourly() {
        if (config.timersEnabled()) {
            expire();
        }
    }

    /** Expires what is due now; returns how many quotes expired. */
    public int expire() {
        Instant now = clock.instant();
        List<Quote> sent = em.createQuery("select q from Quote q where q.status = :s", Quote.class)
                .setParameter("s", QuoteStatus.SENT).getResultList();
        int expired = 0;
        for (Quote q : sent) {
            if (q.expiredAt(now)) {
                q.expire();
                expired++;
            }
        }
        return expired;
    }
}
