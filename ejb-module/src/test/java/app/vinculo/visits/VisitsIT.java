package app.vinculo.visits;

import app.vinculo.agreements.boundary.AssistanceRefusedException;
import app.vinculo.agreements.boundary.RegularizationService;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ClientTimelineService;
import app.vinculo.clients.boundary.ContactForm;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ModuleRow;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.followups.boundary.FollowUpRow;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.followups.boundary.NextStep;
import app.vinculo.platform.audit.AuditFilter;
import app.vinculo.platform.audit.AuditService;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.security.Role;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.Smtp;
import app.vinculo.testing.TestRecords;
import app.vinculo.visits.boundary.Confirmation;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitDetail;
import app.vinculo.visits.boundary.VisitForm;
import app.vinculo.visits.boundary.VisitRecordForm;
import app.vinculo.visits.boundary.VisitService;
import app.vinculo.visits.entity.InterestLevel;
import app.vinculo.visits.entity.TopicKind;
import app.vinculo.visits.entity.TopicOutcome;
import app.vinculo.visits.entity.VisitKind;
import app.vinculo.visits.entity.VisitStatus;
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
import java.util.List;
import java.util.Set;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §2 on a real Payara + Derby + GreenMail: R2.1–R2.3, the gate for visits (R1.3), recording a visit, RM2. */
@ExtendWith(ArquillianExtension.class)
class VisitsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("visits-it", VisitsIT.class));
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsProjectManager pm;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    Callers.AsAuditor auditor;

    @Inject
    ClientService clients;

    @Inject
    ClientModuleService moduleService;

    @Inject
    ClientTimelineService timelineService;

    @Inject
    RegularizationService regularizations;

    @Inject
    VisitService visits;

    @Inject
    FollowUpService followUps;

    @Inject
    app.vinculo.requirements.boundary.RequirementService requirementService;

    @Inject
    AuditService audit;

    @Inject
    ReminderEngine engine;

    @Inject
    TestRecords records;

    @Inject
    Clock clock;

    private ClientDetail client(String name, boolean maintenance) throws Exception {
        ClientDetail c = records.client(name + " " + uid());
        if (maintenance) {
            records.maintenance(c.id(), records.today().minusMonths(3), records.today().plusMonths(9));
        }
        return c;
    }

    private ContactRow contact(long clientId, boolean decisionMaker) throws Exception {
        ContactForm f = new ContactForm();
        f.setName((decisionMaker ? "Gerente " : "Usuario ") + uid());
        f.setDecisionMaker(decisionMaker);
        return records.contact(clientId, f);
    }

    private String staff() {
        return records.staff("cons", Role.CONSULTANT);
    }

    private static TopicForm topic(String title, String module, boolean spare) {
        TopicForm t = new TopicForm();
        t.setTitle(title);
        t.setKind(TopicKind.DEMO);
        t.setModuleCode(module);
        t.setSpare(spare);
        return t;
    }

    private VisitForm form(long clientId, VisitKind kind, Instant at, String consultantName, Set<Long> invited, TopicForm... topics) {
        VisitForm f = new VisitForm();
        f.setClientId(clientId);
        f.setKind(kind);
        f.setScheduledAt(at);
        f.setConsultants(Set.of(consultantName));
        f.setInvitedContactIds(invited);
        f.setTopics(new ArrayList<>(List.of(topics)));
        return f;
    }

    private VisitRecordForm recordForm(VisitDetail v, String owner) {
        VisitRecordForm r = new VisitRecordForm();
        r.setVersion(v.version());
        r.setAttendeeContactIds(v.invitedContactIds());
        List<TopicForm> results = new ArrayList<>();
        for (TopicForm t : v.topics()) {
            TopicForm res = TopicForm.of(new app.vinculo.visits.entity.VisitTopic(t.getTitle(), t.getKind(), t.getModuleCode(), t.isSpare()));
            res.setOutcome(t.isSpare() ? TopicOutcome.SKIPPED : TopicOutcome.COVERED);
            res.setInterest("TESORERIA".equals(t.getModuleCode()) ? InterestLevel.HIGH : InterestLevel.LOW);
            results.add(res);
        }
        r.setTopics(results);
        r.setQuestionsAnswered("Retenciones en Tesorería");
        r.setRequirements(List.of(new VisitRecordForm.RequirementItem("Reporte por zona", "Ventas por zona", "VENTAS")));
        r.setAssessment("Buena visita");
        r.setNextSteps(List.of(new NextStep("Enviar presupuesto de Tesorería", owner, LocalDate.now(clock).plusDays(3))));
        return r;
    }

    @Test
    @DisplayName("R2.1 confirming with fewer topics than the setting is refused; R2.2 a commercial visit without a decision maker or influencer is confirmed with a warning")
    void confirmationRules() throws Exception {
        ClientDetail c = client("Confirma", false);
        String me = staff();
        ContactRow user = contact(c.id(), false);
        Instant at = clock.instant().plus(Duration.ofDays(10));
        VisitDetail one = consultant.call(() -> visits.plan(form(c.id(), VisitKind.COMMERCIAL, at, me, Set.of(user.id()),
                topic("CRM", null, false))));
        assertEquals("visit.tooFewTopics", assertThrows(BusinessException.class,
                () -> consultant.call(() -> visits.confirm(one.id(), one.version()))).messageKey());
        VisitForm more = form(c.id(), VisitKind.COMMERCIAL, at, me, Set.of(user.id()), topic("CRM", null, false),
                topic("Stock", null, false), topic("Sueldos", null, true));
        more.setVersion(one.version());
        VisitDetail three = consultant.call(() -> visits.replan(one.id(), more));
        Confirmation confirmed = consultant.call(() -> visits.confirm(three.id(), three.version()));
        assertEquals(VisitStatus.CONFIRMED, confirmed.visit().status());
        assertEquals(List.of("visit.warning.noKeyPerson"), confirmed.warnings(), "a warning, not a block");

        ContactRow boss = contact(c.id(), true);
        VisitDetail withBoss = consultant.call(() -> visits.plan(form(c.id(), VisitKind.COMMERCIAL, at, me, Set.of(boss.id()),
                topic("A", null, false), topic("B", null, false))));
        assertTrue(consultant.call(() -> visits.confirm(withBoss.id(), withBoss.version())).warnings().isEmpty(),
                "no warning when a decision maker is invited");
    }

    @Test
    @DisplayName("R1.3 an ASSISTANCE visit for a client without A&M is refused and referred, and nothing is planned; a COMMERCIAL one passes")
    void gateForVisits() throws Exception {
        ClientDetail c = client("Sin AyM", false);
        String me = staff();
        Instant at = clock.instant().plus(Duration.ofDays(3));
        AssistanceRefusedException visitRefused = assertThrows(AssistanceRefusedException.class, () -> consultant.call(() ->
                visits.plan(form(c.id(), VisitKind.ASSISTANCE, at, me, Set.of(), topic("Soporte", null, false)))));
        assertEquals("gate.refused.NO_AGREEMENT_EVER", visitRefused.messageKey());
        assertEquals(0, consultant.call(() -> visits.count(new app.vinculo.visits.boundary.VisitFilter(null, c.id(), null, null, null, null))));
        assertNotNull(consultant.call(() -> visits.plan(form(c.id(), VisitKind.COMMERCIAL, at, me, Set.of(),
                topic("Presentar renovación", null, false)))));
        assertEquals(1, pm.call(() -> regularizations.page(null, true, 0, 500)).stream()
                .filter(r -> r.clientId().equals(c.id())).count(), "the refusal was referred to the PMs");
    }

    @Test
    @DisplayName("recording a visit: next steps become follow-ups, interest updates the client's modules, the contact history moves")
    void recordingAVisit() throws Exception {
        records.catalogue("TESORERIA", "TABLERO", "VENTAS");
        ClientDetail c = client("Registra", true);
        String me = staff();
        ContactRow boss = contact(c.id(), true);
        Instant at = clock.instant().minus(Duration.ofHours(3));
        VisitDetail planned = consultant.call(() -> visits.plan(form(c.id(), VisitKind.MIXED, at, me, Set.of(boss.id()),
                topic("Tesorería", "TESORERIA", false), topic("Ventas", null, false), topic("Tablero", "TABLERO", true))));
        VisitDetail confirmed = consultant.call(() -> visits.confirm(planned.id(), planned.version())).visit();
        VisitRecordForm record = recordForm(confirmed, me);
        VisitDetail held = consultant.call(() -> visits.record(confirmed.id(), record));
        assertEquals(VisitStatus.HELD, held.status());
        assertEquals(1, held.requirements().size());
        assertTrue(consultant.call(() -> requirementService.page(c.id(), null, 0, 10)).stream()
                .anyMatch(r -> r.title().equals("Reporte por zona") && held.id().equals(r.originId())),
                "the requirement detected on the visit became a Requirement linked to it");

        List<FollowUpRow> fu = consultant.call(() -> followUps.forClient(c.id(), 0, 20));
        assertTrue(fu.stream().anyMatch(f -> "Enviar presupuesto de Tesorería".equals(f.nextAction())
                && me.equals(f.nextActionOwner()) && held.id().equals(f.visitId())));
        ModuleRow tesoreria = consultant.call(() -> moduleService.modules(c.id())).stream()
                .filter(m -> m.code().equals("TESORERIA")).findFirst().orElseThrow();
        assertEquals(ModuleStatus.OF_INTEREST, tesoreria.status());
        assertNotNull(consultant.call(() -> clients.find(c.id())).lastContactAt());
        assertTrue(consultant.call(() -> timelineService.timeline(c.id(), null, 20, Set.of("VISIT"))).stream()
                .anyMatch(e -> e.messageKey().equals("timeline.VISIT_HELD")));
    }

    @Test
    @DisplayName("R2.3 after the lock date a consultant cannot change the record; an Implementation Head corrects it and the trail says who")
    void lockedRecord() throws Exception {
        records.catalogue("TESORERIA", "TABLERO", "VENTAS");
        ClientDetail c = client("Bloqueo", true);
        String me = staff();
        Instant longAgo = clock.instant().minus(Duration.ofDays(12));
        VisitDetail planned = consultant.call(() -> visits.plan(form(c.id(), VisitKind.COMMERCIAL, longAgo, me, Set.of(),
                topic("A", null, false), topic("B", null, false))));
        VisitDetail confirmed = consultant.call(() -> visits.confirm(planned.id(), planned.version())).visit();
        VisitDetail held = consultant.call(() -> visits.record(confirmed.id(), recordForm(confirmed, me)));
        assertTrue(held.locked(), "12 days ago, locked after 7");

        VisitRecordForm edit = recordForm(held, me);
        edit.setNextSteps(List.of());
        edit.setAssessment("Cambio tardío");
        BusinessException refused = assertThrows(BusinessException.class, () -> consultant.call(() -> visits.record(held.id(), edit)));
        assertEquals("visit.locked", refused.messageKey());

        edit.setAssessment("Corrección del jefe");
        VisitDetail corrected = head.call(() -> visits.record(held.id(), edit));
        assertEquals("Corrección del jefe", corrected.assessment());
        assertNotNull(corrected.correctedAt());
        assertTrue(auditor.call(() -> audit.page(new AuditFilter(null, "Visit", held.id().toString(), null, null, null), 0, 100))
                .stream().anyMatch(r -> "assessment".equals(r.field()) && "Corrección del jefe".equals(r.newValue())
                        && "IMPLEMENTATION_HEAD".equals(r.actor())), "the correction is in the audit trail with its author");
    }

    @Test
    @DisplayName("RM2 a visit a day away whose plan is incomplete (one topic, unconfirmed) e-mails its consultant once")
    void incompletePlanRemindsOnce() throws Exception {
        String me = staff();
        ClientDetail visited = client("RM2", false);
        consultant.call(() -> visits.plan(form(visited.id(), VisitKind.COMMERCIAL, clock.instant().plus(Duration.ofDays(1)), me,
                Set.of(), topic("Solo uno", null, false))));
        try (Smtp smtp = Smtp.start()) {
            engine.run("test");
            engine.run("again");
            List<String> subjects = smtp.subjects(me + "@example.com");
            assertEquals(1, subjects.stream().filter(s -> s.contains("plan incompleto") && s.contains(visited.legalName())).count(), subjects.toString());
        }
    }
}
