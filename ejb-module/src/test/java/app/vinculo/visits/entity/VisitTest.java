package app.vinculo.visits.entity;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisitTest {

    private static final ZoneId BA = ZoneId.of("America/Argentina/Buenos_Aires");
    private static final Instant AT = Instant.parse("2026-12-02T13:00:00Z"); // 02/12/2026 10:00 in Buenos Aires

    private static Visit visit(VisitKind kind, int topics) {
        Visit v = new Visit(new Client("Fábrica Sur S.A.", TaxId.Kind.CUIT, "30-71234567-1"), kind, AT, 120);
        List<VisitTopic> list = new java.util.ArrayList<>();
        for (int i = 0; i < topics; i++) {
            list.add(new VisitTopic("Tema " + i, TopicKind.DEMO, null, i == topics - 1 && topics > 2));
        }
        v.plan(kind, AT, 120, "Planta Avellaneda", Set.of("consultor"), "Vender CRM", "Revisar Stock", list, Set.of());
        return v;
    }

    @Test
    @DisplayName("R2.1 a visit with fewer topics than the minimum cannot be confirmed; with enough it is CONFIRMED")
    void minimumTopics() {
        Visit one = visit(VisitKind.ASSISTANCE, 1);
        BusinessException refused = assertThrows(BusinessException.class, () -> one.confirm(2, true));
        assertEquals("visit.tooFewTopics", refused.messageKey());
        assertEquals(VisitStatus.PLANNED, one.getStatus());
        Visit two = visit(VisitKind.ASSISTANCE, 2);
        assertTrue(two.confirm(2, false).isEmpty(), "an assistance visit needs no decision maker");
        assertEquals(VisitStatus.CONFIRMED, two.getStatus());
    }

    @Test
    @DisplayName("R2.2 a commercial or mixed visit without a decision maker or influencer is confirmed with a warning, not blocked")
    void keyPersonWarning() {
        Visit commercial = visit(VisitKind.COMMERCIAL, 3);
        assertEquals(List.of("visit.warning.noKeyPerson"), commercial.confirm(2, false));
        assertEquals(VisitStatus.CONFIRMED, commercial.getStatus());
        assertTrue(visit(VisitKind.MIXED, 3).confirm(2, true).isEmpty());
    }

    @Test
    @DisplayName("the state machine: postpone and cancel need a reason; a held or cancelled visit moves no more; a postponed one is planned again")
    void stateMachine() {
        Visit v = visit(VisitKind.MIXED, 2);
        assertThrows(InvalidInputException.class, () -> v.postpone(" "));
        v.postpone("El cliente pidió otra fecha");
        assertEquals(VisitStatus.POSTPONED, v.getStatus());
        v.plan(VisitKind.MIXED, AT.plusSeconds(86400), 90, null, Set.of("consultor"), null, null,
                List.of(new VisitTopic("A", TopicKind.DEMO, null, false), new VisitTopic("B", TopicKind.REVIEW, null, false)), Set.of());
        assertEquals(VisitStatus.PLANNED, v.getStatus());
        v.cancel("Se suspende");
        assertEquals("visit.transitionRefused", assertThrows(BusinessException.class, () -> v.confirm(2, true)).messageKey());
        assertThrows(BusinessException.class, () -> v.plan(VisitKind.MIXED, AT, 60, null, Set.of("c"), null, null, List.of(), Set.of()));
    }

    @Test
    @DisplayName("a visit is recorded only once confirmed and not before it happens; it becomes HELD")
    void recording() {
        Visit v = visit(VisitKind.MIXED, 2);
        assertEquals("visit.notRecordable", assertThrows(BusinessException.class, () -> record(v, AT.plusSeconds(7200))).messageKey());
        v.confirm(2, true);
        assertEquals("visit.notHeldYet", assertThrows(BusinessException.class, () -> record(v, AT.minusSeconds(60))).messageKey());
        record(v, AT.plusSeconds(7200));
        assertEquals(VisitStatus.HELD, v.getStatus());
        assertEquals(TopicOutcome.COVERED, v.getTopics().get(0).getOutcome());
    }

    @Test
    @DisplayName("R2.3 a held visit's record locks the given days after the visit day, in the business time zone")
    void lockDate() {
        Visit v = visit(VisitKind.MIXED, 2);
        v.confirm(2, true);
        record(v, AT.plusSeconds(7200));
        assertEquals(LocalDate.of(2026, 12, 9), v.lockDate(7, BA));
        assertFalse(v.isLocked(Instant.parse("2026-12-10T02:59:00Z"), 7, BA), "still the 9th in Buenos Aires");
        assertTrue(v.isLocked(Instant.parse("2026-12-10T03:00:00Z"), 7, BA));
        assertFalse(visit(VisitKind.MIXED, 2).isLocked(Instant.parse("2027-01-01T00:00:00Z"), 7, BA), "only held visits lock");
    }

    private static void record(Visit v, Instant at) {
        v.record(Set.of(), "Gerente de planta", v.getTopics().stream()
                        .map(t -> t.withResult(TopicOutcome.COVERED, InterestLevel.HIGH)).toList(),
                "Dudas de Stock", List.of(), null, "Muy buena", "consultor", at, false);
    }
}
