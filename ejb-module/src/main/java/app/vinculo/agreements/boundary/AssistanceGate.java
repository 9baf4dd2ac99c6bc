package app.vinculo.agreements.boundary;

import app.vinculo.agreements.control.AssistanceRules;
import app.vinculo.agreements.entity.Agreement;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.GateDecision;
import app.vinculo.clients.entity.Client;
import app.vinculo.platform.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * R1.3, the assistance gate, for every feature (part of the agreements boundary: other features reach the rule
 * only here; it runs inside their role-checked boundary calls and transactions): visits (ASSISTANCE, MIXED), technical follow-ups and assistance
 * requests call {@link #requireAssistable} before recording assistance. Commercial activity never asks.
 */
@ApplicationScoped
public class AssistanceGate {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Referrals referrals;

    @Inject
    Clock clock;

    /** Whether the client may be assisted on the day, and why not. */
    public GateDecision check(long clientId, LocalDate day) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        ZoneId zone = clock.getZone();
        List<AssistanceRules.Period> periods = em.createQuery("select a from Agreement a where a.client = :c "
                        + "and a.type = :sm", Agreement.class)
                .setParameter("c", client).setParameter("sm", AgreementType.SUPPORT_MAINTENANCE).getResultList()
                .stream().map(a -> new AssistanceRules.Period(a.getStartDate(), a.getEndDate(),
                        a.getCancelledAt() == null ? null : LocalDate.ofInstant(a.getCancelledAt(), zone)))
                .toList();
        return AssistanceRules.decide(client.isActive(), periods, day);
    }

    public GateDecision checkToday(long clientId) {
        return check(clientId, LocalDate.now(clock));
    }

    /**
     * Refuses assistance to a client that is not assistable on {@code day}: the case is referred to the Project
     * Managers (an open regularisation case, committed on its own) and an {@link AssistanceRefusedException} with
     * the reason is thrown, which rolls back the caller's action.
     *
     * @param request what was asked, for the PMs (e.g. "Visita de asistencia del 02/12/2026")
     */
    public void requireAssistable(long clientId, LocalDate day, String request) {
        GateDecision decision = check(clientId, day);
        if (!decision.allowed()) {
            referrals.referInNewTransaction(clientId, decision.reason(), request);
            throw new AssistanceRefusedException(decision, em.find(Client.class, clientId).displayName());
        }
    }
}
