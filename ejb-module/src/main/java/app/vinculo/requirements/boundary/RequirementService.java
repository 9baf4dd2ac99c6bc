package app.vinculo.requirements.boundary;

import app.vinculo.agreements.boundary.ActiveAgreements;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.clients.entity.Client;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.requirements.entity.Requirement;
import app.vinculo.requirements.entity.RequirementOrigin;
import app.vinculo.requirements.entity.RequirementStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Boundary of requirements (PRODUCT.md §4): consultants register and submit them; the Implementation Head approves
 * or rejects (reason required). R4.1: an approved requirement of a client with an ACTIVE A&D agreement goes to
 * planning (target, estimate, owner; in progress; delivered), otherwise to QUOTING (a quote is drafted for it).
 */
@Stateless
public class RequirementService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    ActiveAgreements activeAgreements;

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public RequirementRow register(long clientId, String title, String description, String moduleCode,
                                   RequirementOrigin origin, Long originId) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        if (moduleCode != null && !moduleCode.isBlank() && em.createQuery("select count(m) from ErpModule m where m.code = :c",
                Long.class).setParameter("c", moduleCode.trim()).getSingleResult() == 0) {
            throw new InvalidInputException("module.unknown", moduleCode);
        }
        Requirement r = new Requirement(client, title, description, moduleCode, origin, originId, currentUser.name());
        em.persist(r);
        em.flush();
        return row(r);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public RequirementRow submit(long id, long version) {
        Requirement r = load(id, version);
        r.submit(clock.instant());
        em.flush();
        return row(r);
    }

    /** R4.1: to planning with an active A&D agreement, else to QUOTING. */
    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public RequirementRow approve(long id, long version) {
        Requirement r = load(id, version);
        boolean development = activeAgreements.has(r.getClient().getId(), AgreementType.SUPPORT_DEVELOPMENT,
                LocalDate.now(clock));
        r.approve(development, currentUser.name(), clock.instant());
        em.flush();
        return row(r);
    }

    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public RequirementRow reject(long id, long version, String reason) {
        Requirement r = load(id, version);
        r.reject(reason, currentUser.name(), clock.instant());
        em.flush();
        return row(r);
    }

    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public RequirementRow plan(long id, long version, LocalDate targetDate, String targetVersion, Integer estimateHours,
                               String owner) {
        Requirement r = load(id, version);
        if (owner != null && em.createQuery("select count(u) from AppUser u where u.username = :n and u.enabled = :yes",
                Long.class).setParameter("n", owner).setParameter("yes", Boolean.TRUE).getSingleResult() == 0) {
            throw new InvalidInputException("requirement.ownerUnknown", owner);
        }
        r.plan(targetDate, targetVersion, estimateHours, owner);
        em.flush();
        return row(r);
    }

    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public RequirementRow start(long id, long version) {
        Requirement r = load(id, version);
        r.start();
        em.flush();
        return row(r);
    }

    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public RequirementRow deliver(long id, long version) {
        Requirement r = load(id, version);
        r.deliver(clock.instant());
        em.flush();
        return row(r);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public RequirementRow find(long id) {
        return row(load(id));
    }

    /** Requirements, newest first; filters may be null. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<RequirementRow> page(Long clientId, RequirementStatus status, int first, int size) {
        String where = (clientId == null ? "" : " and r.client.id = :client") + (status == null ? "" : " and r.status = :status");
        TypedQuery<Requirement> q = em.createQuery("select r from Requirement r join fetch r.client where 1 = 1" + where
                + " order by r.createdAt desc, r.id desc", Requirement.class);
        if (clientId != null) {
            q.setParameter("client", clientId);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500))
                .getResultList().stream().map(RequirementService::row).toList();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public long count(Long clientId, RequirementStatus status) {
        TypedQuery<Long> q = em.createQuery("select count(r) from Requirement r where 1 = 1"
                + (clientId == null ? "" : " and r.client.id = :client") + (status == null ? "" : " and r.status = :status"), Long.class);
        if (clientId != null) {
            q.setParameter("client", clientId);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        return q.getSingleResult();
    }

    /** The Implementation Head's review queue, oldest first. */
    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public List<RequirementRow> waitingForReview() {
        return em.createQuery("select r from Requirement r join fetch r.client where r.status = :s order by r.submittedAt",
                        Requirement.class).setParameter("s", RequirementStatus.UNDER_REVIEW).setMaxResults(500)
                .getResultList().stream().map(RequirementService::row).toList();
    }

    private Requirement load(long id) {
        return Entities.require(em, Requirement.class, id, "requirement");
    }

    private Requirement load(long id, long version) {
        Requirement r = load(id);
        Entities.requireVersion(r, version);
        return r;
    }

    static RequirementRow row(Requirement r) {
        return new RequirementRow(r.getId(), r.getVersion(), r.getClient().getId(), r.getClient().displayName(), r.getTitle(),
                r.getDescription(), r.getModuleCode(), r.getOrigin(), r.getOriginId(), r.getDetectedBy(), r.getStatus(),
                r.getSubmittedAt(), r.getReviewedAt(), r.getReviewedBy(), r.getRejectReason(), r.getTargetDate(),
                r.getTargetVersion(), r.getEstimateHours(), r.getPlanOwner(), r.getDeliveredAt(), r.getCreatedAt());
    }
}
