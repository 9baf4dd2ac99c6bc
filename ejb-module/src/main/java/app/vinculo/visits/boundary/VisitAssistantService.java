package app.vinculo.visits.boundary;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.visits.control.ContactProposals;
import app.vinculo.visits.control.ProposalRanking;
import app.vinculo.visits.control.TopicProposals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Boundary of the visit preparation assistant (issue 18): the topics it proposes for a client's visit plan, ranked,
 * main or spare, each with its source record and reason (R2.4: never a NOT_INTERESTED module, a REJECTED
 * requirement nor a DELIVERED one already shown; nothing the plan already has), and who should be there
 * (decision makers, influencers, key users of the plan's modules; the modules without a key user). Read only:
 * adding a proposal to the plan is the plan's own save ({@link VisitService#plan} / {@link VisitService#replan}),
 * so R1.3, R2.1 and R2.2 apply unchanged.
 */
@Stateless
public class VisitAssistantService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    TopicProposals topics;

    @Inject
    ContactProposals contacts;

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    /**
     * @param plan the topics in the plan as the user is editing it (may be unsaved), so that proposals already
     *             added are not proposed again
     */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public List<ProposedTopic> proposeTopics(long clientId, List<TopicForm> plan) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        Map<String, ModuleStatus> statuses = topics.moduleStatuses(clientId);
        Set<String> notInterested = new HashSet<>();
        statuses.forEach((code, s) -> {
            if (s == ModuleStatus.NOT_INTERESTED) {
                notInterested.add(code);
            }
        });
        return ProposalRanking.rank(topics.candidates(client, statuses, clock.instant(), clock.getZone()), notInterested,
                plan == null ? List.of() : plan, settings.intValue(Setting.VISIT_MIN_TOPICS));
    }

    /** Who should be at the visit, for the modules of the plan's topics (and of the proposals the user looks at). */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public PeopleAdvice proposeContacts(long clientId, Set<String> planModules) {
        if (em.find(Client.class, clientId) == null) {
            throw new NotFoundException("client", clientId);
        }
        Set<String> modules = new TreeSet<>();
        if (planModules != null) {
            planModules.stream().filter(m -> m != null && !m.isBlank()).forEach(modules::add);
        }
        return contacts.advise(clientId, modules);
    }
}
