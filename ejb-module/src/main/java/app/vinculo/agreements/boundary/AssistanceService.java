package app.vinculo.agreements.boundary;

import app.vinculo.agreements.entity.AssistanceRequest;
import app.vinculo.agreements.entity.GateDecision;
import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.Contact;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * Boundary of assistance requests (R1.3): a consultant records what a client user asked for and is told at once
 * whether to assist; a refusal carries the reason and refers the case to the Project Managers.
 */
@Stateless
public class AssistanceService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    AssistanceGate gate;

    @Inject
    Referrals referrals;

    @Inject
    Clock clock;

    /** May the client be assisted today, and why not. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public GateDecision check(long clientId) {
        return gate.checkToday(clientId);
    }

    /** May the client be assisted on {@code day} (the helpdesk's entitlement question, R1.3), and why not. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public GateDecision check(long clientId, java.time.LocalDate day) {
        return gate.check(clientId, day);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public AssistanceOutcome request(long clientId, Long contactId, String description) {
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("assistance.descriptionRequired");
        }
        if (description.length() > 2000) {
            throw new InvalidInputException("assistance.descriptionTooLong", 2000);
        }
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        Contact contact = null;
        if (contactId != null) {
            contact = em.find(Contact.class, contactId);
            if (contact == null || !contact.getClient().getId().equals(clientId)) {
                throw new InvalidInputException("assistance.contactNotOfClient");
            }
        }
        GateDecision decision = gate.checkToday(clientId);
        var referral = decision.allowed() ? null
                : em.find(app.vinculo.agreements.entity.RegularizationCase.class,
                referrals.refer(clientId, decision.reason(), description));
        AssistanceRequest request = new AssistanceRequest(client, contact, description, clock.instant(), decision, referral);
        em.persist(request);
        em.flush();
        return new AssistanceOutcome(request.getId(), decision, decision.messageKey(),
                List.of(client.displayName(), decision.allowed() ? LocalizedText.date(decision.coveredUntil()) : LocalizedText.date(decision.since())),
                referral == null ? null : referral.getId());
    }
}
