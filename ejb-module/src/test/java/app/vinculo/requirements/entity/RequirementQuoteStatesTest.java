package app.vinculo.requirements.entity;

import app.vinculo.agreements.entity.Currency;
import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequirementQuoteStatesTest {

    private static final Client CLIENT = new Client("Fábrica Sur S.A.", TaxId.Kind.CUIT, "30-71234567-1");
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private static Requirement requirement() {
        return new Requirement(CLIENT, "Reporte de ventas por zona", null, "VENTAS", RequirementOrigin.VISIT, 1L, "consultor");
    }

    private static String refused(Runnable r) {
        return assertThrows(BusinessException.class, r::run).messageKey();
    }

    @Test
    @DisplayName("R4.1 approval sends a requirement to PLANNED with an active A&D agreement, otherwise to QUOTING")
    void approvalBranches() {
        Requirement withDevelopment = requirement();
        withDevelopment.submit(NOW);
        withDevelopment.approve(true, "jefe", NOW);
        assertEquals(RequirementStatus.PLANNED, withDevelopment.getStatus());
        Requirement without = requirement();
        without.submit(NOW);
        without.approve(false, "jefe", NOW);
        assertEquals(RequirementStatus.QUOTING, without.getStatus());
        without.quoteAccepted();
        assertEquals(RequirementStatus.PLANNED, without.getStatus());
    }

    @Test
    @DisplayName("requirement transitions: only submitted ones are reviewed; rejection needs a reason; planning before starting; delivery after")
    void requirementTransitions() {
        Requirement r = requirement();
        assertEquals("requirement.transitionRefused", refused(() -> r.approve(false, "jefe", NOW)));
        assertEquals("requirement.transitionRefused", refused(r::start));
        r.submit(NOW);
        assertEquals("requirement.transitionRefused", refused(() -> r.submit(NOW)));
        assertThrows(InvalidInputException.class, () -> r.reject(" ", "jefe", NOW));
        assertEquals(RequirementStatus.UNDER_REVIEW, r.getStatus(), "a refused rejection changes nothing");
        r.approve(true, "jefe", NOW);
        assertEquals("requirement.notPlannedYet", refused(r::start));
        assertThrows(InvalidInputException.class, () -> r.plan(null, " ", 10, "consultor"));
        assertThrows(InvalidInputException.class, () -> r.plan(LocalDate.of(2027, 3, 1), null, 0, "consultor"));
        r.plan(null, "9.4", 40, "consultor");
        assertEquals("requirement.transitionRefused", refused(() -> r.deliver(NOW)));
        r.start();
        r.deliver(NOW);
        assertEquals(RequirementStatus.DELIVERED, r.getStatus());
        Requirement rejected = requirement();
        rejected.submit(NOW);
        rejected.reject("Ya lo cubre la versión 9.3", "jefe", NOW);
        assertEquals(RequirementStatus.REJECTED, rejected.getStatus());
    }

    private static Quote quote() {
        Quote q = new Quote("PV-2026-0001", CLIENT, Set.of(1L), new BigDecimal("21"));
        q.edit(List.of(QuotePricing.line("Desarrollo", new BigDecimal("10"), new BigDecimal("20000"))), Currency.ARS,
                BigDecimal.ZERO, 3, "30 días fecha de factura", 30);
        return q;
    }

    @Test
    @DisplayName("quote workflow: DRAFT → PENDING_APPROVAL → APPROVED → SENT → ACCEPTED; back to DRAFT needs comments")
    void quoteWorkflow() {
        Quote q = quote();
        assertEquals("quote.transitionRefused", refused(() -> q.approve("gerente")));
        q.submitForApproval();
        assertThrows(InvalidInputException.class, () -> q.returnToDraft(""));
        q.returnToDraft("Revisar el precio hora");
        assertEquals(QuoteStatus.DRAFT, q.getStatus());
        q.submitForApproval();
        q.approve("gerente");
        assertEquals("quote.transitionRefused", refused(() -> q.accept(NOW)));
        q.send(NOW);
        q.accept(NOW.plusSeconds(3600));
        assertEquals(QuoteStatus.ACCEPTED, q.getStatus());
        assertEquals("quote.notRevisable", refused(() -> q.revise("PV-2026-0002")));
    }

    @Test
    @DisplayName("R4.2 nobody edits a quote after it leaves DRAFT; a new revision copies it and supersedes the old one")
    void noEditsAfterSent() {
        Quote q = quote();
        q.submitForApproval();
        q.approve("gerente");
        q.send(NOW);
        assertEquals("quote.notEditable", refused(() -> q.edit(List.of(), Currency.USD, BigDecimal.ZERO, 1, null, 10)));
        Quote revision = q.revise("PV-2026-0002");
        assertEquals(QuoteStatus.SUPERSEDED, q.getStatus());
        assertEquals(QuoteStatus.DRAFT, revision.getStatus());
        assertEquals(q.getTotal(), revision.getTotal());
        assertEquals(new BigDecimal("242000.00"), revision.getTotal());
    }

    @Test
    @DisplayName("a sent quote expires once its validity has passed; rejection needs a reason; an empty quote is not submitted")
    void expiryAndRejection() {
        Quote q = quote();
        q.submitForApproval();
        q.approve("gerente");
        q.send(NOW);
        assertFalse(q.expiredAt(NOW.plusSeconds(30L * 86400)));
        assertTrue(q.expiredAt(NOW.plusSeconds(30L * 86400 + 1)));
        assertThrows(InvalidInputException.class, () -> q.reject(" ", NOW));
        q.expire();
        assertEquals(QuoteStatus.EXPIRED, q.getStatus());
        Quote empty = new Quote("PV-2026-0003", CLIENT, Set.of(1L), new BigDecimal("21"));
        assertEquals("quote.noLines", refused(empty::submitForApproval));
    }
}
