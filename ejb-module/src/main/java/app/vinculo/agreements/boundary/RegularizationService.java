package app.vinculo.agreements.boundary;

import app.vinculo.agreements.entity.RegularizationCase;
import app.vinculo.agreements.entity.RegularizationStatus;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.util.List;

/**
 * Boundary of regularisation cases (R1.4): Project Managers work them (OPEN → IN_NEGOTIATION → DECLINED with a
 * reason; REGULARIZED happens by itself when an A&M agreement becomes active); Implementation Heads and auditors read.
 */
@Stateless
public class RegularizationService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.AUDITOR})
    public List<RegularizationRow> page(RegularizationStatus status, boolean openOnly, int first, int size) {
        TypedQuery<RegularizationCase> q = em.createQuery("select r from RegularizationCase r"
                + where(status, openOnly) + " order by r.openedAt desc, r.id desc", RegularizationCase.class);
        params(q, status, openOnly);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500))
                .getResultList().stream().map(RegularizationService::row).toList();
    }

    @RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.AUDITOR})
    public long count(RegularizationStatus status, boolean openOnly) {
        TypedQuery<Long> q = em.createQuery("select count(r) from RegularizationCase r" + where(status, openOnly), Long.class);
        params(q, status, openOnly);
        return q.getSingleResult();
    }

    @RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.AUDITOR})
    public RegularizationRow find(long id) {
        return row(load(id));
    }

    @RolesAllowed(Role.Names.PROJECT_MANAGER)
    public RegularizationRow startNegotiation(long id, long version, String notes) {
        RegularizationCase c = load(id, version);
        c.startNegotiation(check(notes));
        em.flush();
        return row(c);
    }

    @RolesAllowed(Role.Names.PROJECT_MANAGER)
    public RegularizationRow decline(long id, long version, String reason) {
        RegularizationCase c = load(id, version);
        c.decline(check(reason), clock.instant());
        em.flush();
        return row(c);
    }

    @RolesAllowed(Role.Names.PROJECT_MANAGER)
    public RegularizationRow addNotes(long id, long version, String notes) {
        RegularizationCase c = load(id, version);
        c.addNotes(check(notes));
        em.flush();
        return row(c);
    }

    private static String check(String text) {
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException("regularization.textTooLong", 1000);
        }
        return text;
    }

    private static String where(RegularizationStatus status, boolean openOnly) {
        if (status != null) {
            return " where r.status = :status";
        }
        return openOnly ? " where r.status in :open" : "";
    }

    private static void params(TypedQuery<?> q, RegularizationStatus status, boolean openOnly) {
        if (status != null) {
            q.setParameter("status", status);
        } else if (openOnly) {
            q.setParameter("open", List.of(RegularizationStatus.OPEN, RegularizationStatus.IN_NEGOTIATION));
        }
    }

    private RegularizationCase load(long id) {
        return Entities.require(em, RegularizationCase.class, id, "regularization");
    }

    private RegularizationCase load(long id, long version) {
        RegularizationCase c = load(id);
        Entities.requireVersion(c, version);
        return c;
    }

    static RegularizationRow row(RegularizationCase c) {
        return new RegularizationRow(c.getId(), c.getVersion(), c.getClient().getId(), c.getClient().displayName(),
                c.getStatus(), c.getReason(), c.getOpenedAt(), c.getRefusals(), c.getLastRequest(), c.getNotes(),
                c.getDeclineReason(), c.getClosedAt());
    }
}
