package app.vinculo.integration.boundary;

import app.vinculo.reminders.entity.OutboxState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Figures for the operators' metrics endpoint ({@code /metrics}): counts only, no data about anyone. The metrics
 * runtime reads them without a caller, hence {@code @PermitAll}; who may read {@code /metrics} is the server's
 * configuration (an operator role or loopback).
 */
@Stateless
public class OperatorFigures {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    /** Outbox rows in a state (PENDING: the outbox depth; FAILED: mails that need an admin). */
    @PermitAll
    public long outbox(OutboxState state) {
        return em.createQuery("select count(o) from OutboxMessage o where o.state = :s", Long.class)
                .setParameter("s", state).getSingleResult();
    }
}
