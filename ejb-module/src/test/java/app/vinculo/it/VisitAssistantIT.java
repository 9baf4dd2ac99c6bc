package app.vinculo.it;

import app.vinculo.agreements.entity.Agreement;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.GateReason;
import app.vinculo.agreements.entity.RegularizationCase;
import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ClientModule;
import app.vinculo.clients.entity.Contact;
import app.vinculo.clients.entity.ErpModule;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.followups.entity.Channel;
import app.vinculo.followups.entity.FollowUp;
import app.vinculo.followups.entity.Nature;
import app.vinculo.health.boundary.ClientHealth;
import app.vinculo.health.boundary.ClientHealthService;
import app.vinculo.health.boundary.HealthPart;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsService;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.Release;
import app.vinculo.releases.entity.ReleaseChange;
import app.vinculo.requirements.entity.Requirement;
import app.vinculo.requirements.entity.RequirementOrigin;
import app.vinculo.training.entity.Course;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionSession;
import app.vinculo.training.entity.Modality;
import app.vinculo.visits.boundary.PeopleAdvice;
import app.vinculo.visits.boundary.ProposedContact;
import app.vinculo.visits.boundary.ProposedTopic;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitAssistantService;
import app.vinculo.visits.entity.InterestLevel;
import app.vinculo.visits.entity.TopicKind;
import app.vinculo.visits.entity.TopicOutcome;
import app.vinculo.visits.entity.TopicSource;
import app.vinculo.visits.entity.Visit;
import app.vinculo.visits.entity.VisitKind;
import app.vinculo.visits.entity.VisitTopic;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import java.time.LocalTime;
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
        return Deployments.businessTier("assistant-it", VisitAssistantIT.class, Seeder.class);
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
    Seeder seed;

    @Inject
    Clock clock;

    static String uid() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** Writes the facts directly (the features' own rules are tested in their ITs). */
    @Stateless
    @PermitAll
    public static class Seeder {
        @PersistenceContext(unitName = "vinculo")
        EntityManager em;

        @Inject
        Clock clock;

        public long client(String name, String industry, String lead) {
            String taxId = "AS-" + UUID.randomUUID().toString().substring(0, 12);
            Client c = new Client(name, TaxId.Kind.FOREIGN, taxId);
            c.describe(name, null, TaxId.Kind.FOREIGN, taxId, industry, null, null, null, null);
            c.assign(lead, Set.of());
            em.persist(c);
            em.flush();
            return c.getId();
        }

        public void module(String code) {
            em.persist(new ErpModule(code, "Módulo " + code));
        }

        public void status(long client, String code, ModuleStatus s) {
            ErpModule m = em.createQuery("select m from ErpModule m where m.code = :c", ErpModule.class).setParameter("c", code).getSingleResult();
            ClientModule cm = new ClientModule(em.find(Client.class, client), m);
            cm.set(s, s == ModuleStatus.INSTALLED ? LocalDate.of(2020, 1, 1) : null, null, "nota");
            em.persist(cm);
        }

        public long contact(long client, String name, boolean decision, Set<String> keyOf) {
            Contact c = new Contact(em.find(Client.class, client));
            c.describe(name, "Puesto", null, null, decision, false, keyOf, true);
            em.persist(c);
            em.flush();
            return c.getId();
        }

        public long requirement(long client, String title, String module, String status) {
            Requirement r = new Requirement(em.find(Client.class, client), title, null, module, RequirementOrigin.FOLLOW_UP, null, "CONSULTANT");
            em.persist(r);
            em.flush();
            em.createNativeQuery("UPDATE REQUIREMENT SET STATUS = ? WHERE ID = ?").setParameter(1, status).setParameter(2, r.getId()).executeUpdate();
            return r.getId();
        }

        public void release(String label, Instant publishedAt, String module, ChangeKind kind, Long requirementId) {
            Release r = new Release(label);
            r.describe(LocalDate.ofInstant(publishedAt, clock.getZone()), null);
            em.persist(r);
            ReleaseChange c = new ReleaseChange(r, 1);
            c.describe(kind, module, "Cambio de " + module, requirementId == null ? null : em.find(Requirement.class, requirementId));
            em.persist(c);
            r.publish(1, "RD_MANAGER", publishedAt);
        }

        /** A held visit: a covered topic showing a delivered requirement and two skipped topics. */
        public long heldVisit(long client, Instant at, long shownRequirement, String skippedModule) {
            Visit v = new Visit(em.find(Client.class, client), VisitKind.COMMERCIAL, at, 60);
            List<VisitTopic> topics = List.of(new VisitTopic("Mostrar entregado", TopicKind.DEMO, null, false)
                            .from(TopicSource.DELIVERED, shownRequirement),
                    new VisitTopic("Cierre contable", TopicKind.DEMO, skippedModule, false),
                    new VisitTopic("Conciliación bancaria", TopicKind.REVIEW, null, true));
            v.plan(VisitKind.COMMERCIAL, at, 60, null, Set.of("CONSULTANT"), null, null, topics, Set.of());
            em.persist(v);
            v.confirm(0, true);
            v.record(Set.of(), null, List.of(topics.get(0).withResult(TopicOutcome.COVERED, InterestLevel.HIGH),
                            topics.get(1).withResult(TopicOutcome.SKIPPED, null), topics.get(2).withResult(TopicOutcome.SKIPPED, null)),
                    null, List.of(), null, null, "CONSULTANT", at.plusSeconds(7200), false);
            em.flush();
            return v.getId();
        }

        public void course(String code, String module, LocalDate day) {
            Course c = new Course(code);
            c.describe("Curso de " + module, Set.of(module), null, 8, Modality.REMOTE, true);
            em.persist(c);
            CourseEdition e = new CourseEdition(c);
            e.plan(List.of(new EditionSession(day, LocalTime.of(9, 0), LocalTime.of(13, 0))), "Remoto", 10, Set.of("CONSULTANT"), true, List.of());
            em.persist(e);
        }

        public long nextAction(long client, String action, LocalDate due) {
            FollowUp f = new FollowUp(em.find(Client.class, client), "CONSULTANT", clock.instant().minus(Duration.ofDays(40)),
                    Channel.CALL, Nature.COMMERCIAL, "Llamada", null);
            f.nextAction(action, "CONSULTANT", due);
            em.persist(f);
            em.flush();
            return f.getId();
        }

        public void maintenance(long client, LocalDate start, LocalDate end) {
            em.persist(new Agreement(em.find(Client.class, client), AgreementType.SUPPORT_MAINTENANCE, start, end));
        }

        public void regularization(long client) {
            em.persist(new RegularizationCase(em.find(Client.class, client), GateReason.NO_AGREEMENT_EVER, "pedido", clock.instant()));
        }

        public void contacted(long client, Instant at) {
            em.find(Client.class, client).contacted(at);
        }
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
