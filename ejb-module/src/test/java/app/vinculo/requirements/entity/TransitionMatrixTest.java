package app.vinculo.requirements.entity;

import app.vinculo.agreements.entity.Currency;
import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.error.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every action tried from every state of both machines: allowed ones move as PRODUCT.md §4 says, the rest are refused. */
class TransitionMatrixTest {

    private static final Client CLIENT = new Client("Fábrica Sur S.A.", TaxId.Kind.CUIT, "30-71234567-1");
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    /** A quote brought to the given state through the allowed path. */
    private static Quote quoteIn(QuoteStatus status) {
        Quote q = new Quote("PV-2026-0001", CLIENT, Set.of(1L), new BigDecimal("21"));
        q.edit(List.of(QuotePricing.line("x", BigDecimal.ONE, BigDecimal.TEN)), Currency.ARS, BigDecimal.ZERO, 1, null, 30);
        switch (status) {
            case DRAFT -> { }
            case PENDING_APPROVAL -> q.submitForApproval();
            case APPROVED -> { q.submitForApproval(); q.approve("pm"); }
            case SENT -> { q.submitForApproval(); q.approve("pm"); q.send(NOW); }
            case ACCEPTED -> { q.submitForApproval(); q.approve("pm"); q.send(NOW); q.accept(NOW); }
            case REJECTED -> { q.submitForApproval(); q.approve("pm"); q.send(NOW); q.reject("caro", NOW); }
            case EXPIRED -> { q.submitForApproval(); q.approve("pm"); q.send(NOW); q.expire(); }
            case SUPERSEDED -> q.revise("PV-2026-0002");
        }
        assertEquals(status, q.getStatus());
        return q;
    }

    @Test
    @DisplayName("quote actions: each is allowed only from its state; every other state refuses it")
    void quoteMatrix() {
        Map<String, Consumer<Quote>> actions = Map.of(
                "submit", Quote::submitForApproval,
                "approve", q -> q.approve("pm"),
                "returnToDraft", q -> q.returnToDraft("revisar"),
                "send", q -> q.send(NOW),
                "accept", q -> q.accept(NOW),
                "reject", q -> q.reject("caro", NOW),
                "expire", Quote::expire);
        Map<String, Map<QuoteStatus, QuoteStatus>> allowed = Map.of(
                "submit", Map.of(QuoteStatus.DRAFT, QuoteStatus.PENDING_APPROVAL),
                "approve", Map.of(QuoteStatus.PENDING_APPROVAL, QuoteStatus.APPROVED),
                "returnToDraft", Map.of(QuoteStatus.PENDING_APPROVAL, QuoteStatus.DRAFT),
                "send", Map.of(QuoteStatus.APPROVED, QuoteStatus.SENT),
                "accept", Map.of(QuoteStatus.SENT, QuoteStatus.ACCEPTED),
                "reject", Map.of(QuoteStatus.SENT, QuoteStatus.REJECTED),
                "expire", Map.of(QuoteStatus.SENT, QuoteStatus.EXPIRED));
        for (var action : actions.entrySet()) {
            for (QuoteStatus from : QuoteStatus.values()) {
                Quote q = quoteIn(from);
                QuoteStatus to = allowed.get(action.getKey()).get(from);
                if (to != null) {
                    action.getValue().accept(q);
                    assertEquals(to, q.getStatus(), action.getKey() + " from " + from);
                } else {
                    assertThrows(BusinessException.class, () -> action.getValue().accept(q), action.getKey() + " from " + from);
                    assertEquals(from, q.getStatus(), "a refused " + action.getKey() + " changes nothing");
                }
            }
        }
        for (QuoteStatus from : QuoteStatus.values()) {
            Quote q = quoteIn(from);
            if (EnumSet.of(QuoteStatus.ACCEPTED, QuoteStatus.SUPERSEDED).contains(from)) {
                assertThrows(BusinessException.class, () -> q.revise("PV-2026-0009"), "revise from " + from);
            } else {
                assertEquals(QuoteStatus.DRAFT, q.revise("PV-2026-0009").getStatus());
                assertEquals(QuoteStatus.SUPERSEDED, q.getStatus());
            }
        }
    }

    private static Requirement requirementIn(RequirementStatus status) {
        Requirement r = new Requirement(CLIENT, "Reporte", null, null, RequirementOrigin.OTHER, null, "c");
        switch (status) {
            case NEW -> { }
            case UNDER_REVIEW -> r.submit(NOW);
            case QUOTING -> { r.submit(NOW); r.approve(false, "j", NOW); }
            case PLANNED -> { r.submit(NOW); r.approve(true, "j", NOW); r.plan(null, "9.5", 8, "c"); }
            case IN_PROGRESS -> { r.submit(NOW); r.approve(true, "j", NOW); r.plan(null, "9.5", 8, "c"); r.start(); }
            case DELIVERED -> { r.submit(NOW); r.approve(true, "j", NOW); r.plan(null, "9.5", 8, "c"); r.start(); r.deliver(NOW); }
            case REJECTED -> { r.submit(NOW); r.reject("no", "j", NOW); }
        }
        assertEquals(status, r.getStatus());
        return r;
    }

    @Test
    @DisplayName("requirement actions: each is allowed only from its state; every other state refuses it")
    void requirementMatrix() {
        Map<String, Consumer<Requirement>> actions = Map.of(
                "submit", r -> r.submit(NOW),
                "approve", r -> r.approve(false, "j", NOW),
                "reject", r -> r.reject("no", "j", NOW),
                "quoteAccepted", Requirement::quoteAccepted,
                "quoteRejected", r -> r.quoteRejected("caro"),
                "start", Requirement::start,
                "deliver", r -> r.deliver(NOW));
        Map<String, Map<RequirementStatus, RequirementStatus>> allowed = new java.util.HashMap<>();
        allowed.put("submit", Map.of(RequirementStatus.NEW, RequirementStatus.UNDER_REVIEW));
        allowed.put("approve", Map.of(RequirementStatus.UNDER_REVIEW, RequirementStatus.QUOTING));
        allowed.put("reject", Map.of(RequirementStatus.UNDER_REVIEW, RequirementStatus.REJECTED));
        allowed.put("quoteAccepted", Map.of(RequirementStatus.QUOTING, RequirementStatus.PLANNED));
        allowed.put("quoteRejected", Map.of(RequirementStatus.QUOTING, RequirementStatus.REJECTED));
        allowed.put("start", Map.of(RequirementStatus.PLANNED, RequirementStatus.IN_PROGRESS));
        allowed.put("deliver", Map.of(RequirementStatus.IN_PROGRESS, RequirementStatus.DELIVERED));
        for (var action : actions.entrySet()) {
            for (RequirementStatus from : RequirementStatus.values()) {
                Requirement r = requirementIn(from);
                RequirementStatus to = allowed.get(action.getKey()).get(from);
                if (to != null) {
                    action.getValue().accept(r);
                    assertEquals(to, r.getStatus(), action.getKey() + " from " + from);
                } else {
                    assertThrows(BusinessException.class, () -> action.getValue().accept(r), action.getKey() + " from " + from);
                    assertEquals(from, r.getStatus(), "a refused " + action.getKey() + " changes nothing");
                }
            }
        }
        EnumMap<RequirementStatus, Boolean> plannable = new EnumMap<>(RequirementStatus.class);
        for (RequirementStatus from : RequirementStatus.values()) {
            Requirement r = requirementIn(from);
            try {
                r.plan(null, "9.6", 4, "c");
                plannable.put(from, true);
            } catch (BusinessException refused) {
                plannable.put(from, false);
            }
        }
        assertEquals(EnumSet.of(RequirementStatus.PLANNED, RequirementStatus.IN_PROGRESS),
                EnumSet.copyOf(plannable.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList()),
                "planning details can be given while planned or in progress");
    }
}
