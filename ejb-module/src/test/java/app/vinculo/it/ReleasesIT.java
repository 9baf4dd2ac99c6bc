package app.vinculo.it;

import app.vinculo.agreements.boundary.AgreementForm;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientForm;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.timeline.TimelineSource;
import app.vinculo.releases.boundary.CampaignDetail;
import app.vinculo.releases.boundary.CampaignService;
import app.vinculo.releases.boundary.CaseForm;
import app.vinculo.releases.boundary.CaseRow;
import app.vinculo.releases.boundary.ChangeForm;
import app.vinculo.releases.boundary.ImpactedClientRow;
import app.vinculo.releases.boundary.ReleaseForm;
import app.vinculo.releases.boundary.ReleaseImpactService;
import app.vinculo.releases.boundary.ReleaseRow;
import app.vinculo.releases.boundary.ReleaseService;
import app.vinculo.releases.entity.CampaignStatus;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.ReleaseStatus;
import app.vinculo.releases.entity.TestResult;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementOrigin;
import app.vinculo.requirements.entity.RequirementStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §6 on a real Payara + Derby + GreenMail: R6.1 mail, R6.2 refusals, roles, RM8, impacted clients. */
@ExtendWith(ArquillianExtension.class)
class ReleasesIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("releases-it", ReleasesIT.class, GateProbe.class,
                TrainingProbe.class));
    }

    @Inject
    Callers.AsRdManager rd;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsProjectManager pm;

    @Inject
    ReleaseService releases;

    @Inject
    ReleaseImpactService impact;

    @Inject
    CampaignService campaigns;

    @Inject
    ClientService clients;

    @Inject
    ClientModuleService moduleService;

    @Inject
    AgreementService agreements;

    @Inject
    RequirementService requirements;

    @Inject
    ReminderEngine engine;

    @Inject
    GateProbe probe;

    @Inject
    TrainingProbe modules;

    @Inject
    Instance<TimelineSource> timelines;

    @Inject
    Clock clock;

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Inject
    Callers.AsAdmin admin;

    @BeforeEach
    void catalogue() throws Exception {
        for (String code : List.of("VENTAS", "STOCK", "CONTAB")) {
            if (admin.call(() -> moduleService.catalogue()).stream().noneMatch(m -> m.code().equals(code))) {
                try {
                    admin.call(() -> moduleService.createModule(code, code.charAt(0) + code.substring(1).toLowerCase()));
                } catch (BusinessException createdMeanwhile) {
                    // another test created it
                }
            }
        }
        consultantAccount();
    }

    void consultantAccount() {
        // the @RunAs identity of the test consultant, as a portal user cases can be assigned to
        if (probe.users("consultant") == 0) {
            probe.createStaff("consultant", "consultant-it@example.com", Role.CONSULTANT);
        }
    }

    private ReleaseRow release(String label, ChangeForm... changes) throws Exception {
        ReleaseForm f = new ReleaseForm();
        f.setLabel(label);
        f.setReleaseDate(LocalDate.now(clock));
        f.setNotes("Notas de " + label);
        ReleaseRow r = rd.call(() -> releases.create(f));
        for (ChangeForm c : changes) {
            rd.call(() -> releases.addChange(r.id(), c));
        }
        return rd.call(() -> releases.find(r.id()));
    }

    private ClientDetail client(String name) throws Exception {
        ClientForm f = new ClientForm();
        f.setLegalName(name);
        f.setTaxIdKind(TaxId.Kind.CUIT);
        f.setTaxId(TaxId.cuitFor("30", (int) (System.nanoTime() % 90_000_000) + SEQ.incrementAndGet() * 7919));
        return consultant.call(() -> clients.create(f));
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                return "";
            }
        }).toList();
    }

    @Test
    @DisplayName("R6.1 publishing e-mails the Implementation Heads the developments and modifications by module; the delivered requirement's lead consultant is told the version; the requirement is delivered and on the timeline")
    void publishMail() throws Exception {
        String t = tag();
        String ih = "ih" + t;
        probe.createStaff(ih, ih + "@example.com", Role.IMPLEMENTATION_HEAD);
        String lead = "lead" + t;
        probe.createStaff(lead, lead + "@example.com", Role.CONSULTANT);
        ClientDetail c = client("Versiones " + t);
        head.call(() -> clients.assign(c.id(), lead, Set.of()));
        AgreementForm ad = new AgreementForm();
        ad.setType(AgreementType.SUPPORT_DEVELOPMENT);
        ad.setStart(LocalDate.now(clock).minusMonths(1));
        ad.setEnd(LocalDate.now(clock).plusMonths(11));
        pm.call(() -> agreements.create(c.id(), ad));
        RequirementRow req = consultant.call(() -> requirements.register(c.id(), "Reporte por zona " + t, null, "VENTAS",
                RequirementOrigin.REQUEST, null));
        RequirementRow sub = consultant.call(() -> requirements.submit(req.id(), req.version()));
        RequirementRow planned = head.call(() -> requirements.approve(sub.id(), sub.version()));
        RequirementRow owned = head.call(() -> requirements.plan(planned.id(), planned.version(), null, "R" + t, 40, "consultant"));
        assertEquals(RequirementStatus.PLANNED, owned.status());

        ReleaseRow r = release("R" + t,
                new ChangeForm(ChangeKind.NEW_DEVELOPMENT, "VENTAS", "Reporte de ventas por zona " + t, req.id()),
                new ChangeForm(ChangeKind.MODIFICATION, "STOCK", "Valorización por promedio " + t, null),
                new ChangeForm(ChangeKind.FIX, "CONTAB", "Asientos duplicados " + t, null));
        assertEquals(3, r.changes());
        try (Smtp smtp = Smtp.start()) {
            ReleaseRow published = rd.call(() -> releases.publish(r.id(), r.version()));
            assertEquals(ReleaseStatus.PUBLISHED, published.status());
            engine.run("test");
            engine.run("again");
            // this release's notice (other tests publish releases in the same database; a new head is told of those too)
            List<MimeMessage> toHead = smtp.to(ih + "@example.com").stream().filter(m -> {
                try {
                    return m.getSubject().contains("Nueva versión R" + t + " publicada");
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            assertEquals(1, toHead.size(), subjects(smtp.to(ih + "@example.com")).toString());
            assertTrue(toHead.get(0).getSubject().contains("Nueva versión R" + t + " publicada"));
            String body = Smtp.body(toHead.get(0));
            assertTrue(body.contains("VENTAS:") && body.contains("Nuevo desarrollo: Reporte de ventas por zona " + t), body);
            assertTrue(body.contains("STOCK:") && body.contains("Modificación: Valorización por promedio " + t), body);
            assertFalse(body.contains("Asientos duplicados " + t), "fixes are not listed, only counted: " + body);
            assertTrue(body.contains("1 corrección"), body);
            assertEquals(1, subjects(smtp.to(lead + "@example.com")).stream()
                    .filter(s -> s.contains("La versión R" + t + " incluye") && s.contains("Reporte por zona " + t)).count());
        }
        assertEquals(RequirementStatus.DELIVERED, consultant.call(() -> requirements.find(req.id())).status());
        assertTrue(timelines.stream().flatMap(s -> s.entries(c.id(), Instant.now().plusSeconds(60), 20).stream())
                .anyMatch(e -> e.kind().equals("RELEASE") && e.arguments().contains("R" + t)));
        BusinessException again = assertThrows(BusinessException.class, () -> rd.call(() -> releases.addChange(r.id(),
                new ChangeForm(ChangeKind.FIX, "VENTAS", "tarde", null))));
        assertEquals("release.alreadyPublished", again.messageKey());
    }

    @Test
    @DisplayName("roles: a consultant or an Implementation Head cannot register or publish a release; only the Implementation Head opens, assigns and signs off a campaign")
    void roles() throws Exception {
        ReleaseRow r = release("ROL" + tag(), new ChangeForm(ChangeKind.FIX, "VENTAS", "Algo", null));
        ReleaseForm f = new ReleaseForm();
        f.setLabel("X" + tag());
        f.setReleaseDate(LocalDate.now(clock));
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> releases.create(f)));
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> releases.publish(r.id(), r.version())));
        assertThrows(EJBAccessException.class, () -> head.call(() -> releases.publish(r.id(), r.version())));
        assertEquals(ReleaseStatus.DRAFT, consultant.call(() -> releases.find(r.id())).status(), "nothing changed");
        BusinessException draft = assertThrows(BusinessException.class, () -> head.call(() -> campaigns.open(r.id())));
        assertEquals("campaign.releaseNotPublished", draft.messageKey());
        ReleaseRow published = rd.call(() -> releases.publish(r.id(), r.version()));
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> campaigns.open(published.id())));
        assertThrows(EJBAccessException.class, () -> rd.call(() -> campaigns.open(published.id())));
        CampaignDetail c = head.call(() -> campaigns.open(published.id()));
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> campaigns.signOff(c.id(), c.version())));
        BusinessException twice = assertThrows(BusinessException.class, () -> head.call(() -> campaigns.open(published.id())));
        assertEquals("campaign.exists", twice.messageKey());
    }

    @Test
    @DisplayName("R6.2 the campaign: one case per change plus manual ones, bulk assignment, a consultant records only their cases, sign-off refused with cases not run or failed, allowed once the failure is waived")
    void signOff() throws Exception {
        String t = tag();
        String other = "otro" + t;
        probe.createStaff(other, other + "@example.com", Role.CONSULTANT);
        ReleaseRow r = release("C" + t,
                new ChangeForm(ChangeKind.NEW_DEVELOPMENT, "VENTAS", "Uno", null),
                new ChangeForm(ChangeKind.MODIFICATION, "STOCK", "Dos", null),
                new ChangeForm(ChangeKind.FIX, "CONTAB", "Tres", null));
        ReleaseRow published = rd.call(() -> releases.publish(r.id(), r.version()));
        CampaignDetail c = head.call(() -> campaigns.open(published.id()));
        assertEquals(3, c.total());
        CaseRow manual = head.call(() -> campaigns.addCase(c.id(), new CaseForm("VENTAS", "Circuito completo de facturación", "Pedido → factura")));
        List<CaseRow> cases = head.call(() -> campaigns.cases(c.id(), null, null, null, 0, 100));
        assertEquals(4, cases.size());
        assertEquals(List.of("Probar nuevo desarrollo: Uno", "Probar modificación: Dos", "Verificar corrección: Tres",
                "Circuito completo de facturación"), cases.stream().map(CaseRow::title).toList());
        assertEquals(3, head.call(() -> campaigns.assign(c.id(), cases.subList(0, 3).stream().map(CaseRow::id).toList(), "consultant")));
        head.call(() -> campaigns.assign(c.id(), List.of(manual.id()), other));
        assertThrows(InvalidInputException.class, () -> head.call(() -> campaigns.assign(c.id(), List.of(manual.id()), "nadie-" + t)));

        CaseRow othersCase = head.call(() -> campaigns.cases(c.id(), null, null, other, 0, 10)).get(0);
        BusinessException notYours = assertThrows(BusinessException.class,
                () -> consultant.call(() -> campaigns.record(othersCase.id(), othersCase.version(), TestResult.PASSED, null)));
        assertEquals("testcase.notYours", notYours.messageKey());

        List<CaseRow> mine = head.call(() -> campaigns.cases(c.id(), null, null, "consultant", 0, 10));
        consultant.call(() -> campaigns.record(mine.get(0).id(), mine.get(0).version(), TestResult.PASSED, "ok"));
        CaseRow failed = consultant.call(() -> campaigns.record(mine.get(1).id(), mine.get(1).version(), TestResult.FAILED,
                "El costo no se recalcula"));
        CampaignDetail now = head.call(() -> campaigns.find(c.id()));
        assertEquals(2, now.notRun());
        assertEquals(50, now.progress());
        assertFalse(now.signOffAllowed());
        BusinessException refused = assertThrows(BusinessException.class, () -> head.call(() -> campaigns.signOff(c.id(), now.version())));
        assertEquals("campaign.signOffRefused", refused.messageKey());

        consultant.call(() -> campaigns.record(mine.get(2).id(), mine.get(2).version(), TestResult.PASSED, null));
        head.call(() -> campaigns.record(othersCase.id(), othersCase.version(), TestResult.PASSED, "por el jefe"));
        CampaignDetail onlyFailed = head.call(() -> campaigns.find(c.id()));
        assertEquals(0, onlyFailed.notRun());
        assertEquals(1, onlyFailed.blockingFailed());
        assertThrows(BusinessException.class, () -> head.call(() -> campaigns.signOff(c.id(), onlyFailed.version())),
                "a failed case without a waiver");
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> campaigns.waive(failed.id(), failed.version(), "no")));
        head.call(() -> campaigns.waive(failed.id(), failed.version(), "Se corrige en la 2026.12; no afecta a clientes"));
        CampaignDetail signed = head.call(() -> campaigns.signOff(c.id(), onlyFailed.version()));
        assertEquals(CampaignStatus.SIGNED_OFF, signed.status());
        assertEquals(1, signed.waived());
        assertEquals(List.of("CONTAB", "STOCK", "VENTAS"), signed.modules().stream().map(CampaignDetail.ModuleSummary::moduleCode).toList());
    }

    @Test
    @DisplayName("RM8 cases still not run 5 days after publication e-mail their assignees once")
    void rm8() throws Exception {
        String t = tag();
        String assignee = "rm8" + t;
        probe.createStaff(assignee, assignee + "@example.com", Role.CONSULTANT);
        ReleaseRow r = release("RM8" + t, new ChangeForm(ChangeKind.FIX, "VENTAS", "Uno", null),
                new ChangeForm(ChangeKind.FIX, "STOCK", "Dos", null));
        ReleaseRow published = rd.call(() -> releases.publish(r.id(), r.version()));
        CampaignDetail c = head.call(() -> campaigns.open(published.id()));
        head.call(() -> campaigns.assign(c.id(), head.call(() -> campaigns.cases(c.id(), null, null, null, 0, 10)).stream()
                .map(CaseRow::id).toList(), assignee));
        try (Smtp smtp = Smtp.start()) {
            engine.run("too early");
            assertTrue(subjects(smtp.to(assignee + "@example.com")).stream().noneMatch(s -> s.contains("Pruebas pendientes")),
                    "not before five days");
            modules.backdateRelease(r.id(), Duration.ofDays(6));
            engine.run("test");
            engine.run("again");
            List<String> got = subjects(smtp.to(assignee + "@example.com"));
            assertEquals(1, got.stream().filter(s -> s.contains("Pruebas pendientes de la versión RM8" + t)).count(), got.toString());
            MimeMessage rm8 = smtp.to(assignee + "@example.com").stream().filter(m -> {
                try {
                    return m.getSubject().contains("Pruebas pendientes");
                } catch (Exception e) {
                    return false;
                }
            }).findFirst().orElseThrow();
            assertTrue(Smtp.body(rm8).contains("2 caso(s)"), Smtp.body(rm8));
        }
    }

    @Test
    @DisplayName("a pasted list adds its changes; a faulty line names itself and adds nothing; impacted clients are those with an installed module touched")
    void pasteAndImpact() throws Exception {
        String t = tag();
        ReleaseRow r = release("P" + t);
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> rd.call(() -> releases.pasteChanges(r.id(),
                "Nuevo | VENTAS | Bien\nMejora | VENTAS | Mal\n")));
        assertEquals("change.paste.invalid", bad.messageKey());
        assertEquals("2", bad.arguments()[0]);
        assertThrows(InvalidInputException.class, () -> rd.call(() -> releases.pasteChanges(r.id(), "Nuevo | NOEXISTE | x")));
        assertEquals(0, rd.call(() -> releases.find(r.id())).changes(), "nothing added");
        assertEquals(2, rd.call(() -> releases.pasteChanges(r.id(), "Nuevo | ventas | Factura\nFix\tSTOCK\tRemito\n")));
        assertEquals(List.of("VENTAS", "STOCK"), rd.call(() -> releases.changes(r.id())).stream()
                .map(app.vinculo.releases.boundary.ChangeRow::moduleCode).toList());

        ClientDetail ventas = client("Impacto ventas " + t);
        ClientDetail interested = client("Impacto interesado " + t);
        ClientDetail stock = client("Impacto stock " + t);
        consultant.run(() -> moduleService.setModule(ventas.id(), "VENTAS", ModuleStatus.INSTALLED, LocalDate.now(clock), "9.1", null));
        consultant.run(() -> moduleService.setModule(interested.id(), "VENTAS", ModuleStatus.OF_INTEREST, null, null, null));
        consultant.run(() -> moduleService.setModule(stock.id(), "STOCK", ModuleStatus.INSTALLED, LocalDate.now(clock), "9.1", null));
        List<ImpactedClientRow> impacted = head.call(() -> impact.impactedClients(r.id(), 0, 5_000));
        assertTrue(impacted.stream().anyMatch(i -> i.clientId().equals(ventas.id()) && i.modules().equals(Set.of("VENTAS"))));
        assertTrue(impacted.stream().anyMatch(i -> i.clientId().equals(stock.id()) && i.modules().equals(Set.of("STOCK"))));
        assertFalse(impacted.stream().anyMatch(i -> i.clientId().equals(interested.id())), "interest is not an installation");
        assertEquals(impacted.size(), head.call(() -> impact.countImpacted(r.id())));
    }
}
