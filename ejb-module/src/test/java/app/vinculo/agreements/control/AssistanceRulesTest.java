package app.vinculo.agreements.control;

import app.vinculo.agreements.entity.GateDecision;
import app.vinculo.agreements.entity.GateReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssistanceRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private static AssistanceRules.Period period(String start, String end) {
        return new AssistanceRules.Period(LocalDate.parse(start), LocalDate.parse(end), null);
    }

    @Test
    @DisplayName("R1.3 an active client with an A&M agreement covering the day is assistable, until its end")
    void assistable() {
        GateDecision d = AssistanceRules.decide(true, List.of(period("2026-01-01", "2026-12-31")), DAY);
        assertTrue(d.allowed());
        assertEquals(LocalDate.of(2026, 12, 31), d.coveredUntil());
        assertTrue(AssistanceRules.decide(true, List.of(period("2026-11-27", "2026-11-27")), DAY).allowed(),
                "both dates are included");
    }

    @Test
    @DisplayName("R1.3 refusal reasons: never had one, expired on its end date, cancelled, not active yet")
    void reasons() {
        assertEquals(GateReason.NO_AGREEMENT_EVER, AssistanceRules.decide(true, List.of(), DAY).reason());
        GateDecision expired = AssistanceRules.decide(true, List.of(period("2025-01-01", "2026-10-31")), DAY);
        assertEquals(GateReason.EXPIRED, expired.reason());
        assertEquals(LocalDate.of(2026, 10, 31), expired.since());
        GateDecision cancelled = AssistanceRules.decide(true, List.of(new AssistanceRules.Period(
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), LocalDate.parse("2026-11-01"))), DAY);
        assertEquals(GateReason.CANCELLED, cancelled.reason());
        assertEquals(LocalDate.of(2026, 11, 1), cancelled.since());
        GateDecision future = AssistanceRules.decide(true, List.of(period("2026-12-01", "2027-11-30")), DAY);
        assertEquals(GateReason.NOT_YET_ACTIVE, future.reason());
        assertEquals("gate.refused.NOT_YET_ACTIVE", future.messageKey());
    }

    @Test
    @DisplayName("R1.1 an inactive client is never assistable, whatever its agreements")
    void inactiveClient() {
        GateDecision d = AssistanceRules.decide(false, List.of(period("2026-01-01", "2026-12-31")), DAY);
        assertFalse(d.allowed());
        assertEquals(GateReason.CLIENT_INACTIVE, d.reason());
    }

    @Test
    @DisplayName("a renewal that covers the day wins over the expired agreement before it")
    void renewalCovers() {
        assertTrue(AssistanceRules.decide(true, List.of(period("2025-01-01", "2025-12-31"),
                period("2026-01-01", "2026-12-31")), DAY).allowed());
    }
}
