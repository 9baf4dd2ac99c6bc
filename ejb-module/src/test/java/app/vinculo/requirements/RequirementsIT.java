package app.vinculo.requirements;

import app.vinculo.agreements.boundary.AgreementForm;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientForm;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.security.Role;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.requirements.boundary.LineForm;
import app.vinculo.requirements.boundary.QuoteDetail;
import app.vinculo.requirements.boundary.QuoteForm;
import app.vinculo.requirements.boundary.QuoteHousekeeping;
import app.vinculo.requirements.boundary.QuoteService;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.QuoteStatus;
import app.vinculo.requirements.entity.RequirementOrigin;
import app.vinculo.requirements.entity.RequirementStatus;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.GateProbe;
import app.vinculo.testing.Smtp;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §4 on a real Payara + Derby: R4.1 both branches, R4.2 roles, numbering under concurrency, expiry, RM5, RM6. */
@ExtendWith(ArquillianExtension.class)
class RequirementsIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("quotes-it", RequirementsIT.class, GateProbe.class));
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    Callers.AsProjectManager pm;

    @Inject
    ClientService clients;

    @Inject
    AgreementService agreements;

    @Inject
    RequirementService requirements;

    @Inject
    QuoteService quotes;

    @Inject
    QuoteHousekeeping housekeeping;

    @Inject
    ReminderEngine engine;

    @Inject
    GateProbe probe;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    private static String cuit() {
        return TaxId.cuitFor("30", (int) (System.nanoTime() % 90_000_000) + SEQ.incrementAndGet() * 7919);
    }

    private ClientDetail client(String name, boolean development) throws Exception {
        ClientForm f = new ClientForm();
        f.setLegalName(name + " " + UUID.randomUUID().toString().substring(0, 6));
        f.setTaxIdKind(TaxId.Kind.CUIT);
        f.setTaxId(cuit());
        ClientDetail c = consultant.call(() -> clients.create(f));
        if (development) {
            AgreementForm a = new AgreementForm();
            a.setType(AgreementType.SUPPORT_DEVELOPMENT);
            a.setStart(LocalDate.now(clock).minusMonths(1));
            a.setEnd(LocalDate.now(clock).plusMonths(11));
            pm.call(() -> agreements.create(c.id(), a));
        }
        return c;
    }

    private RequirementRow approved(long clientId, String title) throws Exception {
        RequirementRow r = consultant.call(() -> requirements.register(clientId, title, "Detalle", null, RequirementOrigin.REQUEST, null));
        RequirementRow submitted = consultant.call(() -> requirements.submit(r.id(), r.version()));
        return head.call(() -> requirements.approve(submitted.id(), submitted.version()));
    }

    private static QuoteForm twoLines() {
        QuoteForm f = new QuoteForm();
        f.setLines(new ArrayList<>(List.of(new LineForm("Análisis y desarrollo", new BigDecimal("20"), new BigDecimal("25000")),
                new LineForm("Capacitación", new BigDecimal("4"), new BigDecimal("18000")))));
        f.setDiscountPercent(new BigDecimal("10"));
        f.setInstalments(3);
        f.setValidityDays(30);
        return f;
    }

    @Test
    @DisplayName("R4.1 an approved requirement of a client with an active A&D agreement goes to planning; without one, to a quote")
    void approvalBranches() throws Exception {
        ClientDetail withAd = client("Con AyD", true);
        RequirementRow planned = approved(withAd.id(), "Reporte por zona");
        assertEquals(RequirementStatus.PLANNED, planned.status());
        String owner = "own" + UUID.randomUUID().toString().substring(0, 6);
        probe.createStaff(owner, owner + "@example.com", Role.CONSULTANT);
        RequirementRow detailed = head.call(() -> requirements.plan(planned.id(), planned.version(), null, "9.4", 24, owner));
        assertEquals(owner, detailed.planOwner());
        assertEquals(RequirementStatus.PLANNED, detailed.status());
    }

    @Test
    @DisplayName("R4.1 without A&D: a quote is drafted, approved by a PM, sent and accepted — the requirement goes to planning")
    void quoteToPlanning() throws Exception {
        ClientDetail c = client("Sin AyD", false);
        RequirementRow r = approved(c.id(), "Tablero comercial");
        assertEquals(RequirementStatus.QUOTING, r.status());
        QuoteDetail draft = head.call(() -> quotes.draft(Set.of(r.id()), twoLines()));
        assertTrue(draft.number().matches("PV-\\d{4}-\\d{4,}"));
        assertEquals(new BigDecimal("572000.00"), draft.totals().subtotal());
        assertEquals(new BigDecimal("622908.00"), draft.totals().total(), "572000 − 10 % + 21 % VAT");
        QuoteDetail pending = head.call(() -> quotes.submitForApproval(draft.id(), draft.version()));
        QuoteDetail approvedQuote = pm.call(() -> quotes.approve(pending.id(), pending.version()));
        QuoteDetail sent = pm.call(() -> quotes.send(approvedQuote.id(), approvedQuote.version()));
        QuoteDetail accepted = pm.call(() -> quotes.accept(sent.id(), sent.version()));
        assertEquals(QuoteStatus.ACCEPTED, accepted.status());
        assertEquals(RequirementStatus.PLANNED, consultant.call(() -> requirements.find(r.id())).status());
    }

    @Test
    @DisplayName("R4.2 only a PM approves a quote; a consultant cannot approve requirements; nobody edits a sent quote")
    void roleRefusals() throws Exception {
        ClientDetail c = client("Roles presupuesto", false);
        RequirementRow r = approved(c.id(), "Integración bancaria");
        QuoteDetail draft = head.call(() -> quotes.draft(Set.of(r.id()), twoLines()));
        QuoteDetail pending = head.call(() -> quotes.submitForApproval(draft.id(), draft.version()));
        assertThrows(EJBAccessException.class, () -> head.call(() -> quotes.approve(pending.id(), pending.version())));
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> quotes.approve(pending.id(), pending.version())));
        RequirementRow other = consultant.call(() -> requirements.register(c.id(), "Otro", null, null, RequirementOrigin.OTHER, null));
        RequirementRow submitted = consultant.call(() -> requirements.submit(other.id(), other.version()));
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> requirements.approve(submitted.id(), submitted.version())));
        QuoteDetail approvedQuote = pm.call(() -> quotes.approve(pending.id(), pending.version()));
        QuoteDetail sent = pm.call(() -> quotes.send(approvedQuote.id(), approvedQuote.version()));
        QuoteForm edit = twoLines();
        edit.setVersion(sent.version());
        assertEquals("quote.notEditable", assertThrows(app.vinculo.platform.error.BusinessException.class,
                () -> head.call(() -> quotes.update(sent.id(), edit))).messageKey());
        QuoteDetail revision = pm.call(() -> quotes.newRevision(sent.id(), sent.version()));
        assertEquals(QuoteStatus.DRAFT, revision.status());
        assertEquals(sent.id(), revision.supersedesId());
        assertEquals(QuoteStatus.SUPERSEDED, pm.call(() -> quotes.find(sent.id())).status());
    }

    @Test
    @DisplayName("quotes created at the same time get distinct, consecutive numbers")
    void concurrentNumbers() throws Exception {
        ClientDetail c = client("Numeración", false);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(approved(c.id(), "Req " + i).id());
        }
        List<Future<String>> futures = new ArrayList<>();
        for (Long id : ids) {
            Callable<String> task = () -> head.call(() -> quotes.draft(Set.of(id), twoLines())).number();
            futures.add(executor.submit(task));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<String> f : futures) {
            String number = f.get();
            numbers.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
        }
        numbers.sort(Integer::compareTo);
        assertEquals(6, numbers.stream().distinct().count(), numbers.toString());
        assertEquals(numbers.get(0) + 5, numbers.get(5), "consecutive: " + numbers);
    }

    @Test
    @DisplayName("the timer expires a sent quote whose validity has passed")
    void expiry() throws Exception {
        ClientDetail c = client("Vence", false);
        RequirementRow r = approved(c.id(), "Migración");
        QuoteForm form = twoLines();
        form.setValidityDays(1);
        QuoteDetail draft = head.call(() -> quotes.draft(Set.of(r.id()), form));
        QuoteDetail pending = head.call(() -> quotes.submitForApproval(draft.id(), draft.version()));
        QuoteDetail approvedQuote = pm.call(() -> quotes.approve(pending.id(), pending.version()));
        QuoteDetail sent = pm.call(() -> quotes.send(approvedQuote.id(), approvedQuote.version()));
        housekeeping.expire();
        assertEquals(QuoteStatus.SENT, pm.call(() -> quotes.find(sent.id())).status(), "still valid");
        probe.backdateQuoteSent(sent.id(), Duration.ofDays(2));
        assertTrue(housekeeping.expire() >= 1);
        assertEquals(QuoteStatus.EXPIRED, pm.call(() -> quotes.find(sent.id())).status());
    }

    @Test
    @DisplayName("RM5 a requirement waiting in review for more than 5 days and RM6 a sent quote without answer for 15 days e-mail once")
    void remindersOnce() throws Exception {
        String headUser = "ih" + UUID.randomUUID().toString().substring(0, 6);
        probe.createStaff(headUser, headUser + "@example.com", Role.IMPLEMENTATION_HEAD);
        ClientDetail c = client("Recordatorios", false);
        RequirementRow waiting = consultant.call(() -> requirements.register(c.id(), "Espera revisión", null, null, RequirementOrigin.OTHER, null));
        RequirementRow submitted = consultant.call(() -> requirements.submit(waiting.id(), waiting.version()));
        probe.backdateRequirementSubmitted(submitted.id(), Duration.ofDays(6));

        RequirementRow r = approved(c.id(), "Sin respuesta");
        QuoteDetail draft = head.call(() -> quotes.draft(Set.of(r.id()), twoLines()));
        QuoteDetail pending = head.call(() -> quotes.submitForApproval(draft.id(), draft.version()));
        QuoteDetail approvedQuote = pm.call(() -> quotes.approve(pending.id(), pending.version()));
        QuoteDetail sent = pm.call(() -> quotes.send(approvedQuote.id(), approvedQuote.version()));
        probe.backdateQuoteSent(sent.id(), Duration.ofDays(16));

        try (Smtp smtp = Smtp.start()) {
            engine.run("test");
            engine.run("again");
            List<String> subjects = smtp.to(headUser + "@example.com").stream().map(m -> {
                try {
                    return m.getSubject();
                } catch (Exception e) {
                    return "";
                }
            }).toList();
            assertEquals(1, subjects.stream().filter(s -> s.contains("Espera revisión")).count(), subjects.toString());
            assertEquals(1, subjects.stream().filter(s -> s.contains(sent.number())).count(), subjects.toString());
        }
    }
}
