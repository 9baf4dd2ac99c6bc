package app.vinculo.agreements;

import app.vinculo.agreements.boundary.AgreementForm;
import app.vinculo.agreements.boundary.AgreementRow;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.boundary.AssistanceOutcome;
import app.vinculo.agreements.boundary.AssistanceRefusedException;
import app.vinculo.agreements.boundary.AssistanceService;
import app.vinculo.agreements.boundary.RegularizationRow;
import app.vinculo.agreements.boundary.RegularizationService;
import app.vinculo.agreements.entity.AgreementStatus;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.GateReason;
import app.vinculo.agreements.entity.RegularizationStatus;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientFilter;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.Role;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.GateProbe;
import app.vinculo.testing.Smtp;
import app.vinculo.testing.TestRecords;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §1 on a real Payara + Derby + GreenMail: R1.1–R1.4 at the boundaries, RM3 and the PMs' referral mail. */
@ExtendWith(ArquillianExtension.class)
class AgreementsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("agreements-it", AgreementsIT.class));
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsProjectManager pm;

    @Inject
    ClientService clients;

    @Inject
    AgreementService agreements;

    @Inject
    AssistanceService assistance;

    @Inject
    RegularizationService regularizations;

    @Inject
    ReminderEngine engine;

    @Inject
    GateProbe probe;

    @Inject
    TestRecords records;

    private LocalDate today() {
        return records.today();
    }

    @Test
    @DisplayName("R1.2 agreements of the same client and type never overlap; back-to-back and cancelled ones are fine")
    void agreementsNeverOverlap() throws Exception {
        ClientDetail c = records.client("Solapada " + uid());
        AgreementRow first = records.maintenance(c.id(), today().minusMonths(6), today().plusMonths(6));
        BusinessException overlap = assertThrows(BusinessException.class,
                () -> records.maintenance(c.id(), today().plusMonths(6), today().plusMonths(18)));
        assertEquals("agreement.overlap", overlap.messageKey());
        AgreementRow next = records.maintenance(c.id(), today().plusMonths(6).plusDays(1), today().plusMonths(18));
        assertEquals(AgreementStatus.FUTURE, next.status());
        pm.call(() -> agreements.cancel(next.id(), next.version(), "El cliente pidió postergar"));
        records.maintenance(c.id(), today().plusMonths(7), today().plusMonths(19));
        assertEquals(3, consultant.call(() -> agreements.forClient(c.id())).size());
        assertEquals(AgreementStatus.ACTIVE, first.status());
        assertEquals(1, consultant.call(() -> clients.count(new ClientFilter(c.legalName(), null, true,
                AgreementStatus.ACTIVE, false, null, false))), "listed among clients with an active A&M");
        assertEquals(0, consultant.call(() -> clients.page(new ClientFilter(c.legalName(), null, true, null, true, null, false),
                0, 20, "legalName", true)).size(), "not among those without one");
    }

    @Test
    @DisplayName("R1.3 a request for a client without A&M is refused with the reason and referred to an open regularisation case, reused by the next refusal")
    void gateRefusesAndRefers() throws Exception {
        ClientDetail c = records.client("Sin acuerdo " + uid());
        AssistanceOutcome first = consultant.call(() -> assistance.request(c.id(), null, "No pueden cerrar el mes"));
        assertFalse(first.decision().allowed());
        assertEquals(GateReason.NO_AGREEMENT_EVER, first.decision().reason());
        assertEquals("gate.refused.NO_AGREEMENT_EVER", first.messageKey());
        assertNotNull(first.regularizationCaseId());
        AssistanceOutcome second = consultant.call(() -> assistance.request(c.id(), null, "Otra consulta"));
        assertEquals(first.regularizationCaseId(), second.regularizationCaseId(), "the open case is reused");
        RegularizationRow row = pm.call(() -> regularizations.find(first.regularizationCaseId()));
        assertEquals(RegularizationStatus.OPEN, row.status());
        assertEquals(2, row.refusals());

        ClientDetail expired = records.client("Vencido " + uid());
        records.maintenance(expired.id(), today().minusYears(1), today().minusDays(3));
        AssistanceOutcome refused = consultant.call(() -> assistance.request(expired.id(), null, "Error al facturar"));
        assertEquals(GateReason.EXPIRED, refused.decision().reason());
        assertEquals(today().minusDays(3), refused.decision().since(), "says on which date it expired");
    }

    @Test
    @DisplayName("R1.3 assistance recorded by another feature is refused and rolled back, but the referral stays")
    void gateRollsBackTheActionButKeepsTheReferral() throws Exception {
        ClientDetail c = records.client("Visita rechazada " + uid());
        ClientDetail witness = records.client("Testigo " + uid());
        String marker = "mk" + uid();
        AssistanceRefusedException refused = assertThrows(AssistanceRefusedException.class,
                () -> probe.recordAssistance(c.id(), witness.id(), marker));
        assertEquals("gate.refused.NO_AGREEMENT_EVER", refused.messageKey());
        assertEquals(null, probe.industry(witness.id()), "the refused action left nothing");
        assertEquals(1, pm.call(() -> regularizations.page(null, true, 0, 500)).stream()
                .filter(r -> r.clientId().equals(c.id())).count(), "the case was referred to the PMs");
    }

    @Test
    @DisplayName("R1.3 a client with an active A&M is assistable; R1.1 a deactivated one is not")
    void assistableAndInactive() throws Exception {
        ClientDetail c = records.client("Con acuerdo " + uid());
        records.maintenance(c.id(), today().minusMonths(1), today().plusMonths(11));
        AssistanceOutcome ok = consultant.call(() -> assistance.request(c.id(), null, "Alta de usuario"));
        assertTrue(ok.decision().allowed());
        assertEquals(today().plusMonths(11), ok.decision().coveredUntil());
        ClientDetail current = consultant.call(() -> clients.find(c.id()));
        consultant.run(() -> clients.deactivate(c.id(), current.version()));
        assertEquals(GateReason.CLIENT_INACTIVE, consultant.call(() -> assistance.check(c.id())).reason());
        assertEquals(0, consultant.call(() -> clients.count(new ClientFilter(c.legalName(), null, true, null, false, null, false))),
                "inactive clients leave the default list");
    }

    @Test
    @DisplayName("R1.4 the case closes by itself (REGULARIZED) when the PM adds an A&M agreement active today; declining needs a reason")
    void regularisationCloses() throws Exception {
        ClientDetail c = records.client("Regulariza " + uid());
        AssistanceOutcome refused = consultant.call(() -> assistance.request(c.id(), null, "Consulta"));
        RegularizationRow open = pm.call(() -> regularizations.find(refused.regularizationCaseId()));
        RegularizationRow negotiating = pm.call(() -> regularizations.startNegotiation(open.id(), open.version(), "Enviamos propuesta"));
        assertEquals(RegularizationStatus.IN_NEGOTIATION, negotiating.status());
        RegularizationRow noted = pm.call(() -> regularizations.addNotes(open.id(), negotiating.version(), "Llamar el lunes"));
        assertTrue(noted.notes().contains("Llamar el lunes"), "each answer carries the current version for the next action");
        records.maintenance(c.id(), today(), today().plusYears(1).minusDays(1));
        RegularizationRow closed = pm.call(() -> regularizations.find(open.id()));
        assertEquals(RegularizationStatus.REGULARIZED, closed.status());
        assertNotNull(closed.closedAt());
        assertTrue(consultant.call(() -> assistance.request(c.id(), null, "Ahora sí")).decision().allowed());

        ClientDetail other = records.client("Declina " + uid());
        Long caseId = consultant.call(() -> assistance.request(other.id(), null, "Consulta")).regularizationCaseId();
        RegularizationRow row = pm.call(() -> regularizations.find(caseId));
        assertThrows(InvalidInputException.class, () -> pm.call(() -> regularizations.decline(caseId, row.version(), " ")));
        assertEquals(RegularizationStatus.DECLINED, pm.call(() -> regularizations.decline(caseId, row.version(), "No renueva")).status());
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> regularizations.find(caseId)));
    }

    @Test
    @DisplayName("RM3 an A&M/A&D agreement ending in 60, 30, 7 days or just expired e-mails the managers once per threshold; the PMs get the referral e-mail")
    void agreementEndingRemindersOnce() throws Exception {
        String tag = uid();
        String pmUser = "pm" + tag;
        String pmMail = pmUser + "@example.com";
        probe.createStaff(pmUser, pmMail, Role.PROJECT_MANAGER);
        ClientDetail in60 = records.client("Vence60 " + tag);
        ClientDetail in30 = records.client("Vence30 " + tag);
        ClientDetail in7 = records.client("Vence7 " + tag);
        ClientDetail gone = records.client("Vencio " + tag);
        records.maintenance(in60.id(), today().minusMonths(10), today().plusDays(60));
        records.maintenance(in30.id(), today().minusMonths(10), today().plusDays(30));
        AgreementForm ad = new AgreementForm();
        ad.setType(AgreementType.SUPPORT_DEVELOPMENT);
        ad.setStart(today().minusMonths(10));
        ad.setEnd(today().plusDays(7));
        pm.call(() -> agreements.create(in7.id(), ad));
        records.maintenance(gone.id(), today().minusYears(1), today().minusDays(1));
        ClientDetail refusedClient = records.client("Derivado " + tag);
        consultant.call(() -> assistance.request(refusedClient.id(), null, "Consulta urgente"));

        try (Smtp smtp = Smtp.start()) {
            engine.run("test");
            engine.run("test again");
            List<String> subjects = smtp.subjects(pmMail);
            assertEquals(1, subjects.stream().filter(s -> s.contains("Vence60 " + tag) && s.contains("60 días")).count(), subjects.toString());
            assertEquals(1, subjects.stream().filter(s -> s.contains("Vence30 " + tag) && s.contains("30 días")).count(), subjects.toString());
            assertEquals(1, subjects.stream().filter(s -> s.contains("Vence7 " + tag) && s.contains("A&D")).count(), subjects.toString());
            assertEquals(1, subjects.stream().filter(s -> s.contains("Vencio " + tag) && s.contains("vencido")).count(), subjects.toString());
            assertEquals(1, subjects.stream().filter(s -> s.contains("Regularización comercial: Derivado " + tag)).count(), subjects.toString());
        }
    }
}
