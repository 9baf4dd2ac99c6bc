package app.vinculo.releases;

import app.vinculo.agreements.boundary.AgreementForm;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.timeline.TimelineSource;
import app.vinculo.releases.boundary.CampaignDetail;
import app.vinculo.releases.boundary.CampaignService;
import app.vinculo.releases.boundary.ChangeForm;
import app.vinculo.releases.boundary.ImpactedClientRow;
import app.vinculo.releases.boundary.ReleaseForm;
import app.vinculo.releases.boundary.ReleaseImpactService;
import app.vinculo.releases.boundary.ReleaseRow;
import app.vinculo.releases.boundary.ReleaseService;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.ReleaseStatus;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementOrigin;
import app.vinculo.requirements.entity.RequirementStatus;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.GateProbe;
import app.vinculo.testing.Smtp;
import app.vinculo.testing.TestRecords;
import app.vinculo.testing.TrainingProbe;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §6 on a real Payara + Derby + GreenMail: R6.1 publication notices, roles, pasted changes and impacted clients. */
@ExtendWith(ArquillianExtension.class)
class ReleasesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("releases-it", ReleasesIT.class, ReleaseRecords.class, TrainingProbe.class));
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
    TestRecords records;

    @Inject
    ReleaseRecords releaseRecords;

    @Inject
    Instance<TimelineSource> timelines;

    @Inject
    Clock clock;

    @BeforeEach
    void prepare() throws Exception {
        releaseRecords.prepare();
    }

    @Test
    @DisplayName("R6.1 publishing e-mails the Implementation Heads the developments and modifications by module; the delivered requirement's lead consultant is told the version; the requirement is delivered and on the timeline")
    void publishMail() throws Exception {
        String t = uid();
        String ih = "ih" + t;
        probe.createStaff(ih, ih + "@example.com", Role.IMPLEMENTATION_HEAD);
        String lead = "lead" + t;
        probe.createStaff(lead, lead + "@example.com", Role.CONSULTANT);
        ClientDetail c = records.client("Versiones " + t);
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

        ReleaseRow r = releaseRecords.release("R" + t,
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
            assertEquals(1, toHead.size(), smtp.subjects(ih + "@example.com").toString());
            assertTrue(toHead.get(0).getSubject().contains("Nueva versión R" + t + " publicada"));
            String body = Smtp.body(toHead.get(0));
            assertTrue(body.contains("VENTAS:") && body.contains("Nuevo desarrollo: Reporte de ventas por zona " + t), body);
            assertTrue(body.contains("STOCK:") && body.contains("Modificación: Valorización por promedio " + t), body);
            assertFalse(body.contains("Asientos duplicados " + t), "fixes are not listed, only counted: " + body);
            assertTrue(body.contains("1 corrección"), body);
            assertEquals(1, smtp.subjects(lead + "@example.com").stream()
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
        ReleaseRow r = releaseRecords.release("ROL" + uid(), new ChangeForm(ChangeKind.FIX, "VENTAS", "Algo", null));
        ReleaseForm f = new ReleaseForm();
        f.setLabel("X" + uid());
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
    @DisplayName("a pasted list adds its changes; a faulty line names itself and adds nothing; impacted clients are those with an installed module touched")
    void pasteAndImpact() throws Exception {
        String t = uid();
        ReleaseRow r = releaseRecords.release("P" + t);
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> rd.call(() -> releases.pasteChanges(r.id(),
                "Nuevo | VENTAS | Bien\nMejora | VENTAS | Mal\n")));
        assertEquals("change.paste.invalid", bad.messageKey());
        assertEquals("2", bad.arguments()[0]);
        assertThrows(InvalidInputException.class, () -> rd.call(() -> releases.pasteChanges(r.id(), "Nuevo | NOEXISTE | x")));
        assertEquals(0, rd.call(() -> releases.find(r.id())).changes(), "nothing added");
        assertEquals(2, rd.call(() -> releases.pasteChanges(r.id(), "Nuevo | ventas | Factura\nFix\tSTOCK\tRemito\n")));
        assertEquals(List.of("VENTAS", "STOCK"), rd.call(() -> releases.changes(r.id())).stream()
                .map(app.vinculo.releases.boundary.ChangeRow::moduleCode).toList());

        ClientDetail ventas = records.client("Impacto ventas " + t);
        ClientDetail interested = records.client("Impacto interesado " + t);
        ClientDetail stock = records.client("Impacto stock " + t);
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
