package app.vinculo.agreements.boundary;

import app.vinculo.agreements.control.AgreementRules;
import app.vinculo.agreements.entity.Agreement;
import app.vinculo.agreements.entity.AgreementStatus;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.clients.entity.Client;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Boundary of agreements (PRODUCT.md §1): Project Managers create, renew and cancel; staff read. R1.2: agreements of
 * the same client and type never overlap. R1.4: an A&M agreement active today closes the client's open
 * regularisation cases.
 */
@Stateless
public class AgreementService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Referrals referrals;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<AgreementRow> forClient(long clientId) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select a from Agreement a left join fetch a.previous where a.client.id = :id "
                        + "order by a.startDate desc, a.id desc", Agreement.class)
                .setParameter("id", clientId).getResultList().stream().map(a -> row(a, today)).toList();
    }

    /** Per type, the agreement that matters today: active, else the next one, else the last one. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<AgreementGlance> glance(long clientId) {
        LocalDate today = LocalDate.now(clock);
        List<Agreement> all = em.createQuery("select a from Agreement a where a.client.id = :id", Agreement.class)
                .setParameter("id", clientId).getResultList();
        List<AgreementGlance> glance = new ArrayList<>();
        for (AgreementType type : AgreementType.values()) {
            List<Agreement> ofType = all.stream().filter(a -> a.getType() == type).toList();
            Optional<Agreement> pick = ofType.stream().filter(a -> a.statusOn(today) == AgreementStatus.ACTIVE)
                    .max(Comparator.comparing(Agreement::getEndDate));
            if (pick.isEmpty()) {
                pick = ofType.stream().filter(a -> a.statusOn(today) == AgreementStatus.FUTURE)
                        .min(Comparator.comparing(Agreement::getStartDate));
            }
            if (pick.isEmpty()) {
                pick = ofType.stream().max(Comparator.comparing(Agreement::getEndDate));
            }
            glance.add(pick.map(a -> new AgreementGlance(type, a.statusOn(today), a.getStartDate(), a.getEndDate()))
                    .orElse(new AgreementGlance(type, null, null, null)));
        }
        return glance;
    }

    @RolesAllowed(Role.Names.PROJECT_MANAGER)
    public AgreementRow create(long clientId, @NotNull @Valid AgreementForm form) {
        Client client = lockClient(clientId);
        Agreement agreement = new Agreement(client, form.getType(), form.getStart(), form.getEnd());
        agreement.terms(form.getHours(), form.getFee(), form.getCurrency(), form.getTerms());
        return save(client, agreement);
    }

    /** A new agreement for the next period, linked to this one (R1.2 applies). */
    @RolesAllowed(Role.Names.PROJECT_MANAGER)
    public AgreementRow renew(long agreementId, long version, @NotNull @Valid AgreementForm form) {
        Agreement previous = load(agreementId);
        Entities.requireVersion(previous, version);
        Client client = lockClient(previous.getClient().getId());
        Agreement next = previous.renew(form.getStart(), form.getEnd());
        next.terms(form.getHours(), form.getFee(), form.getCurrency(), form.getTerms());
        return save(client, next);
    }

    @RolesAllowed(Role.Names.PROJECT_MANAGER)
    public AgreementRow cancel(long agreementId, long version, String reason) {
        Agreement agreement = load(agreementId);
        Entities.requireVersion(agreement, version);
        agreement.cancel(reason, clock.instant());
        em.flush();
        return row(agreement, LocalDate.now(clock));
    }

    private AgreementRow save(Client client, Agreement agreement) {
        List<Agreement> same = em.createQuery("select a from Agreement a where a.client = :c and a.type = :t", Agreement.class)
                .setParameter("c", client).setParameter("t", agreement.getType()).getResultList();
        AgreementRules.overlapping(same, agreement.getStartDate(), agreement.getEndDate(), agreement).ifPresent(other -> {
            throw new BusinessException("agreement.overlap", LocalizedText.date(other.getStartDate()), LocalizedText.date(other.getEndDate()));
        });
        em.persist(agreement);
        em.flush();
        if (agreement.getType() == AgreementType.SUPPORT_MAINTENANCE
                && agreement.statusOn(LocalDate.now(clock)) == AgreementStatus.ACTIVE) {
            referrals.closeRegularized();
        }
        return row(agreement, LocalDate.now(clock));
    }

    /** Serializes agreement changes of one client, so two PMs cannot create overlapping agreements at once. */
    private Client lockClient(long clientId) {
        Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        return client;
    }

    private Agreement load(long id) {
        return Entities.require(em, Agreement.class, id, "agreement");
    }

    static AgreementRow row(Agreement a, LocalDate today) {
        return new AgreementRow(a.getId(), a.getVersion(), a.getClient().getId(), a.getType(), a.getStartDate(),
                a.getEndDate(), a.statusOn(today), a.getHours(), a.getFee(), a.getCurrency(), a.getTerms(),
                a.getCancelledAt(), a.getCancelReason(), a.getPrevious() == null ? null : a.getPrevious().getId());
    }
}
