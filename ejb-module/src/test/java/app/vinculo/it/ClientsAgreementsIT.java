package app.vinculo.it;

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
import app.vinculo.clients.boundary.ClientForm;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ClientSummary;
import app.vinculo.clients.boundary.ClientTimelineService;
import app.vinculo.clients.boundary.ContactForm;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.reminders.control.ReminderEngine;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §1 on a real Payara + Derby: R1.1–R1.4 at the boundaries, roles, search, RM3 and the PM referral mail. */
@ExtendWith(ArquillianExtension.class)
class ClientsAgreementsIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("clients-it", ClientsAgreementsIT.class, GateProbe.class));
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsProjectManager pm;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    ClientService clients;

    @Inject
    ContactService contactService;

    @Inject
    ClientTimelineService timelineService;

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
    Clock clock;

    private static String uid() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** A valid CUIT, different on every call. */
    private static String cuit() {
        return TaxId.cuitFor("30", (int) (System.nanoTime() % 90_000_000) + SEQ.incrementAndGet() * 7919);
    }

    private ClientDetail newClient(String name) throws Exception {
        ClientForm f = new ClientForm();
        f.setLegalName(name);
        f.setTaxIdKind(TaxId.Kind.CUIT);
        f.setTaxId(cuit());
        return consultant.call(() -> clients.create(f));
    }

    private AgreementRow maintenance(long clientId, LocalDate start, LocalDate end) throws Exception {
        AgreementForm f = new AgreementForm();
        f.setType(AgreementType.SUPPORT_MAINTENANCE);
        f.setStart(start);
        f.setEnd(end);
        return pm.call(() -> agreements.create(clientId, f));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    @DisplayName("the client list sorted by name follows Spanish alphabetical order, ignoring accents and case: Fábrica Sur between Energía and Farmacias, ñ after n")
    void sortsNamesInSpanishOrder() throws Exception {
        String tag = "q" + uid();
        for (String name : List.of("Frigorífico", "farmacias", "Ñandú Hogar", "Fábrica Sur", "Nube Sistemas", "Energía")) {
            newClient(name + " " + tag);
        }
        ClientFilter filter = new ClientFilter(tag, null, Boolean.TRUE, null, false, null, false);
        List<String> ascending = consultant.call(() -> clients.page(filter, 0, 20, "legalName", true)).stream()
                .map(ClientSummary::legalName).toList();
        assertEquals(List.of("Energía", "Fábrica Sur", "farmacias", "Frigorífico", "Nube Sistemas", "Ñandú Hogar"),
                ascending.stream().map(n -> n.substring(0, n.length() - tag.length() - 1)).toList());
        List<String> descending = consultant.call(() -> clients.page(filter, 0, 20, "legalName", false)).stream()
                .map(ClientSummary::legalName).toList();
        List<String> reversed = new java.util.ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, descending);
    }

    @Test
    @DisplayName("clients are found by any word prefix of their names, tax id or contacts, without accents or case")
    void searchByWordPrefix() throws Exception {
        String tag = uid();
        ClientDetail c = newClient("Fábrica Zeta" + tag + " S.A.");
        ContactForm contact = new ContactForm();
        contact.setName("Ramona Quiroga" + tag);
        contact.setEmail("ramona@example.com");
        contact.setDecisionMaker(true);
        contact.setKeyUserOf(new java.util.LinkedHashSet<>(Set.of("NO-SUCH-MODULE")));
        assertEquals("module.unknown", assertThrows(InvalidInputException.class,
                () -> consultant.call(() -> contactService.addContact(c.id(), contact))).messageKey(),
                "a contact is key user only of catalogue modules");
        contact.setKeyUserOf(null);
        consultant.call(() -> contactService.addContact(c.id(), contact));

        assertTrue(consultant.call(() -> clients.search("fabrica zeta" + tag, 10)).stream().anyMatch(h -> h.id().equals(c.id())));
        assertTrue(consultant.call(() -> clients.search("FABR ZETA" + tag.substring(0, 3), 10)).stream().anyMatch(h -> h.id().equals(c.id())));
        assertTrue(consultant.call(() -> clients.search("quiroga" + tag, 10)).stream().anyMatch(h -> h.id().equals(c.id())),
                "a contact's name finds the client");
        assertTrue(consultant.call(() -> clients.search(c.taxId().replace("-", ""), 10)).stream().anyMatch(h -> h.id().equals(c.id())));
        assertEquals(1, consultant.call(() -> clients.count(new ClientFilter("zeta" + tag, null, true, null, false, null, false))));
        assertTrue(consultant.call(() -> clients.search("%' OR 1=1 --", 10)).stream().noneMatch(h -> h.id().equals(c.id())),
                "SQL meta-characters are no words");
    }

    @Test
    @DisplayName("a CUIT with a wrong check digit or an already used tax id is refused at the boundary")
    void taxIdValidation() throws Exception {
        ClientForm f = new ClientForm();
        f.setLegalName("Sin CUIT " + uid());
        f.setTaxIdKind(TaxId.Kind.CUIT);
        f.setTaxId("20-12345678-5");
        assertEquals("client.taxId.cuitCheckDigit",
                assertThrows(InvalidInputException.class, () -> consultant.call(() -> clients.create(f))).messageKey());
        ClientDetail existing = newClient("Duplicado " + uid());
        f.setTaxId(existing.taxId());
        assertEquals("client.taxId.exists",
                assertThrows(InvalidInputException.class, () -> consultant.call(() -> clients.create(f))).messageKey());
    }

    @Test
    @DisplayName("R1.2 agreements of the same client and type never overlap; back-to-back and cancelled ones are fine")
    void agreementsNeverOverlap() throws Exception {
        ClientDetail c = newClient("Solapada " + uid());
        AgreementRow first = maintenance(c.id(), today().minusMonths(6), today().plusMonths(6));
        BusinessException overlap = assertThrows(BusinessException.class,
                () -> maintenance(c.id(), today().plusMonths(6), today().plusMonths(18)));
        assertEquals("agreement.overlap", overlap.messageKey());
        AgreementRow next = maintenance(c.id(), today().plusMonths(6).plusDays(1), today().plusMonths(18));
        assertEquals(AgreementStatus.FUTURE, next.status());
        pm.call(() -> agreements.cancel(next.id(), next.version(), "El cliente pidió postergar"));
        maintenance(c.id(), today().plusMonths(7), today().plusMonths(19));
        assertEquals(3, consultant.call(() -> agreements.forClient(c.id())).size());
        assertEquals(AgreementStatus.ACTIVE, first.status());
        assertEquals(1, consultant.call(() -> clients.count(new ClientFilter(c.legalName(), null, true,
                AgreementStatus.ACTIVE, false, null, false))), "listed among clients with an active A&M");
        assertEquals(0, consultant.call(() -> clients.page(new ClientFilter(c.legalName(), null, true, null, true, null, false),
                0, 20, "legalName", true)).size(), "not among those without one");
    }

    @Test
    @DisplayName("roles: a consultant cannot create agreements nor assign consultants; the Implementation Head assigns")
    void roleRefusals() throws Exception {
        ClientDetail c = newClient("Roles " + uid());
        AgreementForm f = new AgreementForm();
        f.setStart(today());
        f.setEnd(today().plusYears(1));
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> agreements.create(c.id(), f)));
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> clients.assign(c.id(), null, Set.of())));
        String lead = "lead" + uid();
        probe.createStaff(lead, lead + "@example.com", Role.CONSULTANT);
        ClientDetail assigned = head.call(() -> clients.assign(c.id(), lead, Set.of()));
        assertEquals(lead, assigned.leadConsultant());
        assertThrows(InvalidInputException.class, () -> head.call(() -> clients.assign(c.id(), "no-such-user", Set.of())));
    }

    @Test
    @DisplayName("a stale edit of a client is refused with 'changed by someone else' and changes nothing")
    void concurrentClientEdit() throws Exception {
        ClientDetail c = newClient("Concurrente " + uid());
        ClientForm first = c.toForm();
        ClientForm second = c.toForm();
        first.setIndustry("Metalurgia");
        consultant.call(() -> clients.update(c.id(), first));
        second.setIndustry("Textil");
        assertEquals("error.concurrentEdit", assertThrows(BusinessException.class,
                () -> consultant.call(() -> clients.update(c.id(), second))).messageKey());
        assertEquals("Metalurgia", consultant.call(() -> clients.find(c.id())).industry());
    }

    @Test
    @DisplayName("R1.3 a request for a client without A&M is refused with the reason and referred to an open regularisation case, reused by the next refusal")
    void gateRefusesAndRefers() throws Exception {
        ClientDetail c = newClient("Sin acuerdo " + uid());
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

        ClientDetail expired = newClient("Vencido " + uid());
        maintenance(expired.id(), today().minusYears(1), today().minusDays(3));
        AssistanceOutcome refused = consultant.call(() -> assistance.request(expired.id(), null, "Error al facturar"));
        assertEquals(GateReason.EXPIRED, refused.decision().reason());
        assertEquals(today().minusDays(3), refused.decision().since(), "says on which date it expired");
    }

    @Test
    @DisplayName("R1.3 assistance recorded by another feature is refused and rolled back, but the referral stays")
    void gateRollsBackTheActionButKeepsTheReferral() throws Exception {
        ClientDetail c = newClient("Visita rechazada " + uid());
        String marker = "mk" + uid();
        AssistanceRefusedException refused = assertThrows(AssistanceRefusedException.class,
                () -> probe.recordAssistance(c.id(), marker));
        assertEquals("gate.refused.NO_AGREEMENT_EVER", refused.messageKey());
        assertEquals(0, probe.users(marker), "the refused action left nothing");
        assertEquals(1, pm.call(() -> regularizations.page(null, true, 0, 500)).stream()
                .filter(r -> r.clientId().equals(c.id())).count(), "the case was referred to the PMs");
    }

    @Test
    @DisplayName("R1.3 a client with an active A&M is assistable; R1.1 a deactivated one is not")
    void assistableAndInactive() throws Exception {
        ClientDetail c = newClient("Con acuerdo " + uid());
        maintenance(c.id(), today().minusMonths(1), today().plusMonths(11));
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
        ClientDetail c = newClient("Regulariza " + uid());
        AssistanceOutcome refused = consultant.call(() -> assistance.request(c.id(), null, "Consulta"));
        RegularizationRow open = pm.call(() -> regularizations.find(refused.regularizationCaseId()));
        RegularizationRow negotiating = pm.call(() -> regularizations.startNegotiation(open.id(), open.version(), "Enviamos propuesta"));
        assertEquals(RegularizationStatus.IN_NEGOTIATION, negotiating.status());
        RegularizationRow noted = pm.call(() -> regularizations.addNotes(open.id(), negotiating.version(), "Llamar el lunes"));
        assertTrue(noted.notes().contains("Llamar el lunes"), "each answer carries the current version for the next action");
        maintenance(c.id(), today(), today().plusYears(1).minusDays(1));
        RegularizationRow closed = pm.call(() -> regularizations.find(open.id()));
        assertEquals(RegularizationStatus.REGULARIZED, closed.status());
        assertNotNull(closed.closedAt());
        assertTrue(consultant.call(() -> assistance.request(c.id(), null, "Ahora sí")).decision().allowed());

        ClientDetail other = newClient("Declina " + uid());
        Long caseId = consultant.call(() -> assistance.request(other.id(), null, "Consulta")).regularizationCaseId();
        RegularizationRow row = pm.call(() -> regularizations.find(caseId));
        assertThrows(InvalidInputException.class, () -> pm.call(() -> regularizations.decline(caseId, row.version(), " ")));
        assertEquals(RegularizationStatus.DECLINED, pm.call(() -> regularizations.decline(caseId, row.version(), "No renueva")).status());
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> regularizations.find(caseId)));
    }

    @Test
    @DisplayName("the client timeline shows agreements and refused requests, newest first")
    void timeline() throws Exception {
        ClientDetail c = newClient("Historial " + uid());
        consultant.call(() -> assistance.request(c.id(), null, "Pedido sin acuerdo"));
        maintenance(c.id(), today(), today().plusYears(1));
        List<TimelineEntry> entries = consultant.call(() -> timelineService.timeline(c.id(), null, 20, null));
        assertTrue(entries.stream().anyMatch(e -> e.messageKey().equals("timeline.ASSISTANCE_REFUSED")));
        assertTrue(entries.stream().anyMatch(e -> e.messageKey().equals("timeline.AGREEMENT_SIGNED")));
        for (int i = 1; i < entries.size(); i++) {
            assertFalse(entries.get(i).at().isAfter(entries.get(i - 1).at()), "newest first");
        }
        assertTrue(consultant.call(() -> timelineService.timeline(c.id(), null, 20, Set.of("AGREEMENT"))).stream()
                .allMatch(e -> e.kind().equals("AGREEMENT")));
    }

    @Test
    @DisplayName("RM3 an A&M/A&D agreement ending in 60, 30, 7 days or just expired e-mails the managers once per threshold; the PMs get the referral e-mail")
    void agreementEndingRemindersOnce() throws Exception {
        String tag = uid();
        String pmUser = "pm" + tag;
        String pmMail = pmUser + "@example.com";
        probe.createStaff(pmUser, pmMail, Role.PROJECT_MANAGER);
        ClientDetail in60 = newClient("Vence60 " + tag);
        ClientDetail in30 = newClient("Vence30 " + tag);
        ClientDetail in7 = newClient("Vence7 " + tag);
        ClientDetail gone = newClient("Vencio " + tag);
        maintenance(in60.id(), today().minusMonths(10), today().plusDays(60));
        maintenance(in30.id(), today().minusMonths(10), today().plusDays(30));
        AgreementForm ad = new AgreementForm();
        ad.setType(AgreementType.SUPPORT_DEVELOPMENT);
        ad.setStart(today().minusMonths(10));
        ad.setEnd(today().plusDays(7));
        pm.call(() -> agreements.create(in7.id(), ad));
        maintenance(gone.id(), today().minusYears(1), today().minusDays(1));
        ClientDetail refusedClient = newClient("Derivado " + tag);
        consultant.call(() -> assistance.request(refusedClient.id(), null, "Consulta urgente"));

        try (Smtp smtp = Smtp.start()) {
            engine.run("test");
            engine.run("test again");
            List<MimeMessage> mails = smtp.to(pmMail);
            List<String> subjects = mails.stream().map(m -> {
                try {
                    return m.getSubject();
                } catch (Exception e) {
                    return "";
                }
            }).toList();
            assertEquals(1, subjects.stream().filter(s -> s.contains("Vence60 " + tag) && s.contains("60 días")).count(), subjects.toString());
            assertEquals(1, subjects.stream().filter(s -> s.contains("Vence30 " + tag) && s.contains("30 días")).count(), subjects.toString());
            assertEquals(1, subjects.stream().filter(s -> s.contains("Vence7 " + tag) && s.contains("A&D")).count(), subjects.toString());
            assertEquals(1, subjects.stream().filter(s -> s.contains("Vencio " + tag) && s.contains("vencido")).count(), subjects.toString());
            assertEquals(1, subjects.stream().filter(s -> s.contains("Regularización comercial: Derivado " + tag)).count(), subjects.toString());
        }
    }
}
