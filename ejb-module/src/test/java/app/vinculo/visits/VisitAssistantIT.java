package app.vinculo.visits;

import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.health.boundary.ClientHealth;
import app.vinculo.health.boundary.ClientHealthService;
import app.vinculo.health.boundary.HealthPart;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsService;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.visits.boundary.PeopleAdvice;
import app.vinculo.visits.boundary.ProposedContact;
import app.vinculo.visits.boundary.ProposedTopic;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitAssistantService;
import app.vinculo.visits.entity.TopicSource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18 on a real Payara + Derby: proposed topics from every source (R2.4), who should be there, the R3.2 ranking. */
@ExtendWith(ArquillianExtension.class)
class VisitAssistantIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("assistant-it", VisitAssistantIT.class, AssistantSeeder.class);
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    Callers.AsAdmin admin;

    @Inject
    VisitAssistantService assistant;

    @Inject
    ClientHealthService health;

    @Inject
    SettingsService settings;

    @Inject
    AssistantSeeder seed;

    @Inject
    Clock clock;

    static String uid() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    @DisplayName("R2.4 proposals for a client with each source present name their source record; NOT_INTERESTED, rejected and shown are never proposed")
    void proposalsFromEverySource() throws Exception {
        String u = uid();
        String ven = "V" + u, stk = "S" + u, ctb = "C" + u, crm = "R" + u;
        for (String m : List.of(ven, stk, ctb, crm)) {
            seed.module(m);
        }
        String industry = "Industria " + u;
        long client = seed.client("Asistida " + u, industry, "CONSULTANT");
        for (int i = 0; i < 2; i++) {
            long peer = seed.client("Par " + i + " " + u, industry, "otro");
            seed.status(peer, crm, ModuleStatus.INSTALLED);
        }
        seed.status(client, ven, ModuleStatus.INSTALLED);
        seed.status(client, stk, ModuleStatus.OF_INTEREST);
        seed.status(client, ctb, ModuleStatus.NOT_INTERESTED);
        long planned = seed.requirement(client, "Factura electrónica " + u, ven, "PLANNED");
        long rejected = seed.requirement(client, "Rechazado " + u, ven, "REJECTED");
        long shown = seed.requirement(client, "Ya mostrado " + u, ven, "DELIVERED");
        long toShow = seed.requirement(client, "Por mostrar " + u, ven, "DELIVERED");
        Instant now = clock.instant();
        seed.release("AS-" + u + "-1", now.minus(Duration.ofDays(60)), ven, ChangeKind.MODIFICATION, shown);
        long visit = seed.heldVisit(client, now.minus(Duration.ofDays(20)), shown, ctb);
        seed.release("AS-" + u + "-2", now.minus(Duration.ofDays(5)), ven, ChangeKind.NEW_DEVELOPMENT, toShow);
        seed.course("AS" + u, stk, LocalDate.now(clock).plusDays(10));
        seed.course("AX" + u, ctb, LocalDate.now(clock).plusDays(10));
        long action = seed.nextAction(client, "Enviar propuesta " + u, LocalDate.now(clock).minusDays(2));
        long boss = seed.contact(client, "Directora " + u, true, Set.of());
        long keyUser = seed.contact(client, "Usuaria clave " + u, false, Set.of(ven));

        List<ProposedTopic> topics = consultant.call(() -> assistant.proposeTopics(client, List.of()));
        Map<TopicSource, List<ProposedTopic>> bySource = topics.stream().collect(Collectors.groupingBy(ProposedTopic::source));
        assertEquals(Set.of(TopicSource.values()), bySource.keySet(), topics.toString());
        assertEquals(stk, bySource.get(TopicSource.INTEREST).get(0).moduleCode());
        assertEquals(crm, bySource.get(TopicSource.GROWTH).get(0).moduleCode());
        assertEquals("100", bySource.get(TopicSource.GROWTH).get(0).reasonArgs().get(0), "both same-industry peers have it");
        assertEquals(List.of(planned), ids(bySource.get(TopicSource.REQUIREMENT)));
        assertEquals(List.of(toShow), ids(bySource.get(TopicSource.DELIVERED)));
        assertEquals("AS-" + u + "-2", bySource.get(TopicSource.RELEASE).get(0).sourceLabel(), "only changes since the last visit");
        assertEquals(1, bySource.get(TopicSource.RELEASE).size());
        assertEquals(stk, bySource.get(TopicSource.COURSE).get(0).moduleCode());
        assertEquals(List.of(action), ids(bySource.get(TopicSource.NEXT_ACTION)));
        assertEquals(List.of(visit), ids(bySource.get(TopicSource.SKIPPED)));
        assertEquals(List.of("Conciliación bancaria"), bySource.get(TopicSource.SKIPPED).get(0).titleArgs());
        // R2.4 exclusions
        assertTrue(topics.stream().noneMatch(t -> ctb.equals(t.moduleCode())), "nothing on the NOT_INTERESTED module");
        assertFalse(ids(topics).contains(rejected));
        assertFalse(ids(topics).contains(shown));
        // ranked, main topics first then spares
        assertEquals(topics.stream().sorted((a, b) -> b.score() - a.score()).map(ProposedTopic::score).toList(),
                topics.stream().map(ProposedTopic::score).toList());
        assertTrue(topics.get(0).main() && topics.get(topics.size() - 1).spare());
        assertEquals(TopicSource.DELIVERED, topics.get(0).source());

        // once added to the plan, a proposal is not proposed again
        TopicForm added = new TopicForm();
        added.setTitle("Mostrar");
        added.setSourceKind(TopicSource.DELIVERED);
        added.setSourceId(toShow);
        assertFalse(ids(consultant.call(() -> assistant.proposeTopics(client, List.of(added)))).contains(toShow));

        // who should be there: the decision maker, the key user of the plan's module; a module without a key user
        PeopleAdvice people = consultant.call(() -> assistant.proposeContacts(client, Set.of(ven, stk)));
        assertEquals(List.of(boss, keyUser), people.contacts().stream().map(ProposedContact::contactId).toList());
        assertEquals(List.of(ven), people.contacts().get(1).keyUserOf());
        assertEquals(List.of(stk), people.modulesWithoutKeyUser());
    }

    @Test
    @DisplayName("R3.2 the ranking is sorted and paged in the database, the same score on the client page, and a follow-up today raises it")
    void rankingPagedAndExplained() throws Exception {
        String lead = "hc" + uid().toLowerCase();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        long fine = seed.client("Sana " + lead, null, lead);
        seed.maintenance(fine, today.minusDays(100), today.plusDays(300));
        seed.contacted(fine, now.minus(Duration.ofDays(2)));
        long expiring = seed.client("Por vencer " + lead, null, lead);
        seed.maintenance(expiring, today.minusDays(300), today.plusDays(20));
        seed.contacted(expiring, now.minus(Duration.ofDays(2)));
        long stale = seed.client("Olvidada " + lead, null, lead);
        seed.maintenance(stale, today.minusDays(100), today.plusDays(300));
        seed.contacted(stale, now.minus(Duration.ofDays(90)));
        long worst = seed.client("Sin acuerdo " + lead, null, lead);
        seed.regularization(worst);
        seed.contacted(worst, now.minus(Duration.ofDays(90)));

        assertEquals(4, head.call(() -> health.countTeam(lead)));
        List<ClientHealth> page1 = head.call(() -> health.team(lead, 0, 2));
        List<ClientHealth> page2 = head.call(() -> health.team(lead, 2, 2));
        assertEquals(List.of(worst, stale), page1.stream().map(ClientHealth::clientId).toList());
        assertEquals(List.of(expiring, fine), page2.stream().map(ClientHealth::clientId).toList());
        assertEquals(List.of(1, 2, 3, 4), java.util.stream.Stream.concat(page1.stream(), page2.stream()).map(ClientHealth::rank).toList());
        assertEquals(100 - 30 - 25 - 15, page1.get(0).score());
        assertEquals(List.of(HealthPart.CONTACT, HealthPart.AGREEMENT, HealthPart.REGULARIZATION),
                page1.get(0).reasons().stream().map(i -> i.part()).toList());
        assertEquals(100 - 15, page2.get(0).score());
        assertEquals(100, page2.get(1).score());

        // the same score on the client page
        for (ClientHealth row : page1) {
            assertEquals(row.score(), head.call(() -> health.of(row.clientId())).score());
        }
        // a fact changes, the score follows at once
        seed.contacted(stale, now);
        assertEquals(100, head.call(() -> health.of(stale)).score());

        // the weights are settings
        admin.run(() -> settings.update(Map.of(Setting.HEALTH_WEIGHT_AGREEMENT, "50")));
        try {
            assertEquals(125 - 30 - 50 - 15, head.call(() -> health.of(worst)).score());
            assertEquals(125, head.call(() -> health.of(worst)).max());
        } finally {
            admin.run(() -> settings.update(Map.of(Setting.HEALTH_WEIGHT_AGREEMENT, "25")));
        }
        // the team summary names the consultant
        assertTrue(head.call(() -> health.byConsultant()).stream().anyMatch(c -> c.consultant().equals(lead) && c.clients() == 4));
    }

    private static List<Long> ids(List<ProposedTopic> topics) {
        return new ArrayList<>(topics.stream().map(ProposedTopic::sourceId).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    @SuppressWarnings("unused")
    private static Set<String> codes(List<ProposedTopic> t) {
        return new HashSet<>(t.stream().map(ProposedTopic::moduleCode).toList());
    }
}
