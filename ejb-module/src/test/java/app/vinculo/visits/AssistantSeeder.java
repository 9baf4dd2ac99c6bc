package app.vinculo.visits;

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
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.Release;
import app.vinculo.releases.entity.ReleaseChange;
import app.vinculo.requirements.entity.Requirement;
import app.vinculo.requirements.entity.RequirementOrigin;
import app.vinculo.training.entity.Course;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionSession;
import app.vinculo.training.entity.Modality;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;


/**
 * The visit assistant IT's facts, written directly as entities (the features' own rules are tested in their ITs):
 * clients, modules, contacts, requirements, releases, held visits, courses, next actions, agreements, cases.
 */
@Stateless
@PermitAll
public class AssistantSeeder {
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
