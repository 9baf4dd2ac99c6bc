package app.vinculo.followups.boundary;

import app.vinculo.agreements.boundary.AssistanceGate;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.clients.entity.Client;
import app.vinculo.followups.entity.Channel;
import app.vinculo.followups.entity.FollowUp;
import app.vinculo.followups.entity.Nature;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Boundary of follow-ups (PRODUCT.md §3): record a contact (a TECHNICAL one passes the R1.3 gate; COMMERCIAL always
 * passes), with an optional next action, mark the next action done, "my next actions". Every follow-up moves the
 * client's last contact (R3.1).
 */
@Stateless
public class FollowUpService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    AssistanceGate gate;

    @Inject
    ClientService clients;

    @Inject
    ContactService contactService;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public FollowUpRow record(@NotNull @Valid FollowUpForm form) {
        Client client = em.find(Client.class, form.getClientId());
        if (client == null) {
            throw new NotFoundException("client", form.getClientId());
        }
        Instant now = clock.instant();
        if (form.getOccurredAt().isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new InvalidInputException("followup.inFuture");
        }
        if (!contactService.contactsBelong(client.getId(), form.getContactIds())) {
            throw new InvalidInputException("followup.contactNotOfClient");
        }
        requireUser(form.getNextActionOwner());
        if (form.getNature() == Nature.TECHNICAL) {
            gate.requireAssistable(client.getId(), LocalDate.ofInstant(form.getOccurredAt(), clock.getZone()),
                    LocalizedText.of("referral.followup", LocalDate.ofInstant(form.getOccurredAt(), clock.getZone())));
        }
        FollowUp f = new FollowUp(client, currentUser.name(), form.getOccurredAt(), form.getChannel(), form.getNature(),
                form.getSummary(), null);
        f.details(form.getContactIds(), form.getOutcome());
        f.nextAction(form.getNextAction(), blankToNull(form.getNextActionOwner()), form.getNextActionDue());
        em.persist(f);
        clients.contacted(client.getId(), form.getOccurredAt());
        em.flush();
        return row(f, LocalDate.now(clock));
    }

    /** Next steps agreed in a visit: each becomes a follow-up (channel VISIT) with its next action. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public void nextStepsOfVisit(long clientId, long visitId, Nature nature, Instant heldAt, String visitSummary,
                                 List<NextStep> steps) {
        Client client = em.find(Client.class, clientId);
        for (NextStep step : steps) {
            requireUser(step.owner());
            FollowUp f = new FollowUp(client, currentUser.name(), heldAt, Channel.VISIT, nature, visitSummary, visitId);
            f.nextAction(step.action(), step.owner(), step.due());
            em.persist(f);
        }
    }

    /** Marks a next action done: its owner or an Implementation Head. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public FollowUpRow markDone(long followUpId, long version) {
        FollowUp f = em.find(FollowUp.class, followUpId);
        if (f == null) {
            throw new NotFoundException("followup", followUpId);
        }
        Entities.requireVersion(f, version);
        if (!currentUser.name().equals(f.getNextActionOwner()) && !currentUser.hasRole(Role.IMPLEMENTATION_HEAD)) {
            throw new BusinessException("followup.notOwner");
        }
        f.done(clock.instant());
        return row(f, LocalDate.now(clock));
    }

    /** The signed-in user's open next actions, the earliest due first (overdue ones flagged). */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public List<FollowUpRow> myNextActions(int first, int size) {
        LocalDate today = LocalDate.now(clock);
        // clients batch-fetched (FollowUp.client): joined, each would read its consultants one row at a time
        return em.createQuery("select f from FollowUp f where f.nextActionOwner = :me "
                        + "and f.nextAction is not null and f.nextActionDoneAt is null order by f.nextActionDue, f.id",
                        FollowUp.class)
                .setParameter("me", currentUser.name()).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 500)).getResultList().stream().map(f -> row(f, today)).toList();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public long myNextActionsCount() {
        return em.createQuery("select count(f) from FollowUp f where f.nextActionOwner = :me and f.nextAction is not null "
                + "and f.nextActionDoneAt is null", Long.class).setParameter("me", currentUser.name()).getSingleResult();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<FollowUpRow> forClient(long clientId, int first, int size) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select f from FollowUp f join fetch f.client where f.client.id = :id "
                        + "order by f.occurredAt desc, f.id desc", FollowUp.class)
                .setParameter("id", clientId).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 500)).getResultList().stream().map(f -> row(f, today)).toList();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public FollowUpRow find(long id) {
        FollowUp f = em.find(FollowUp.class, id);
        if (f == null) {
            throw new NotFoundException("followup", id);
        }
        return row(f, LocalDate.now(clock));
    }

    private void requireUser(String username) {
        if (username == null || username.isBlank()) {
            return;
        }
        Long n = em.createQuery("select count(u) from AppUser u where u.username = :n and u.enabled = :yes", Long.class)
                .setParameter("n", username).setParameter("yes", Boolean.TRUE).getSingleResult();
        if (n == 0) {
            throw new InvalidInputException("followup.ownerUnknown", username);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static FollowUpRow row(FollowUp f, LocalDate today) {
        return new FollowUpRow(f.getId(), f.getVersion(), f.getClient().getId(), f.getClient().displayName(), f.getAuthor(),
                f.getOccurredAt(), f.getChannel(), f.getNature(), f.getSummary(), f.getOutcome(), Set.copyOf(f.getContactIds()),
                f.getNextAction(), f.getNextActionOwner(), f.getNextActionDue(), f.getNextActionDoneAt(),
                f.isOverdue(today), f.getVisitId());
    }

    static ZoneId zone(Clock clock) {
        return clock.getZone();
    }
}
