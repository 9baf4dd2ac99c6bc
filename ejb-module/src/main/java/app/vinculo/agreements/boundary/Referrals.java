package app.vinculo.agreements.boundary;

import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.GateReason;
import app.vinculo.agreements.entity.RegularizationCase;
import app.vinculo.agreements.entity.RegularizationStatus;
import app.vinculo.clients.entity.Client;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * R1.3 referral: a refused assistance opens a regularisation case for the Project Managers, or reuses the open
 * one. Its own transaction, so the referral stays even though the refused action rolls back. The PMs' e-mail goes
 * through the reminder outbox ({@code RegularizationReminders}).
 */
@Stateless
@PermitAll
public class Referrals {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long referInNewTransaction(long clientId, GateReason reason, String request) {
        return refer(clientId, reason, request);
    }

    /** In the caller's transaction. The client row is locked, so two refusals never open two cases. */
    public long refer(long clientId, GateReason reason, String request) {
        Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        List<RegularizationCase> open = em.createQuery("select r from RegularizationCase r where r.client = :c "
                        + "and r.status in :open order by r.id", RegularizationCase.class)
                .setParameter("c", client)
                .setParameter("open", List.of(RegularizationStatus.OPEN, RegularizationStatus.IN_NEGOTIATION))
                .getResultList();
        if (!open.isEmpty()) {
            open.get(0).referredAgain(request);
            return open.get(0).getId();
        }
        RegularizationCase created = new RegularizationCase(client, reason, request, clock.instant());
        em.persist(created);
        em.flush();
        return created.getId();
    }

    /** R1.4: closes the open cases of clients that have an A&M agreement active today. Returns how many. */
    public int closeRegularized() {
        LocalDate today = LocalDate.now(clock);
        List<RegularizationCase> cases = em.createQuery("select r from RegularizationCase r join r.client c "
                        + "where r.status in :open and " + ActiveAgreements.EXISTS, RegularizationCase.class)
                .setParameter("open", List.of(RegularizationStatus.OPEN, RegularizationStatus.IN_NEGOTIATION))
                .setParameter("activeType", AgreementType.SUPPORT_MAINTENANCE).setParameter("activeDay", today)
                .getResultList();
        cases.forEach(c -> c.regularized(clock.instant()));
        return cases.size();
    }
}
