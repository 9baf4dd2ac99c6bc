package app.vinculo.health.control;

import app.vinculo.health.boundary.HealthFacts;
import app.vinculo.health.boundary.HealthItem;
import app.vinculo.health.boundary.HealthPart;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthFormulaTest {

    static final ZoneId ZONE = ZoneId.of("America/Argentina/Buenos_Aires");
    static final Instant NOW = Instant.parse("2026-06-15T15:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /** A healthy client: contacted yesterday, A&M for a year, nothing open, everybody trained. */
    static HealthFacts healthy() {
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        return new HealthFacts(yesterday, yesterday, true, TODAY.plusDays(365), 0, 0, 0, 0, 0);
    }

    static int points(HealthFacts f, HealthWeights w, HealthPart part) {
        return HealthFormula.items(f, w, NOW, ZONE).stream().filter(i -> i.part() == part).findFirst().orElseThrow().points();
    }

    @Test
    @DisplayName("R3.2 a healthy client keeps every point: score = the sum of the weights (100 by default)")
    void healthyClientScoresTheMaximum() {
        HealthWeights w = HealthWeights.defaults();
        assertEquals(100, w.max());
        assertEquals(100, HealthFormula.score(HealthFormula.items(healthy(), w, NOW, ZONE), w));
    }

    @Test
    @DisplayName("R3.2 contact part: beyond the R3.1 at-risk days all its weight, beyond half of them half")
    void contactPart() {
        HealthWeights w = HealthWeights.defaults();
        Instant d61 = NOW.minus(Duration.ofDays(61));
        Instant d31 = NOW.minus(Duration.ofDays(31));
        Instant d29 = NOW.minus(Duration.ofDays(29));
        assertEquals(30, points(with(healthy(), d61), w, HealthPart.CONTACT));
        assertEquals(15, points(with(healthy(), d31), w, HealthPart.CONTACT));
        assertEquals(0, points(with(healthy(), d29), w, HealthPart.CONTACT));
        HealthFacts never = new HealthFacts(null, d61, true, TODAY.plusDays(365), 0, 0, 0, 0, 0);
        HealthItem item = HealthFormula.items(never, w, NOW, ZONE).get(0);
        assertEquals("health.reason.CONTACT.never", item.reasonKey());
        assertEquals("61", item.args().get(0));
    }

    @Test
    @DisplayName("R3.2 A&M part: none or not active all its weight; ends within 30 days 60 %, within 60 days 30 %")
    void agreementPart() {
        HealthWeights w = HealthWeights.defaults();
        Instant y = NOW.minus(Duration.ofDays(1));
        assertEquals(25, points(new HealthFacts(y, y, false, null, 0, 0, 0, 0, 0), w, HealthPart.AGREEMENT));
        assertEquals(25, points(new HealthFacts(y, y, false, TODAY.minusDays(3), 0, 0, 0, 0, 0), w, HealthPart.AGREEMENT));
        assertEquals(15, points(new HealthFacts(y, y, true, TODAY.plusDays(30), 0, 0, 0, 0, 0), w, HealthPart.AGREEMENT));
        assertEquals(7, points(new HealthFacts(y, y, true, TODAY.plusDays(45), 0, 0, 0, 0, 0), w, HealthPart.AGREEMENT));
        assertEquals(0, points(new HealthFacts(y, y, true, TODAY.plusDays(61), 0, 0, 0, 0, 0), w, HealthPart.AGREEMENT));
    }

    @Test
    @DisplayName("R3.2 counted parts: regularisation, requirements, quotes, growth and training by their tiers")
    void countedParts() {
        HealthWeights w = HealthWeights.defaults();
        Instant y = NOW.minus(Duration.ofDays(1));
        HealthFacts some = new HealthFacts(y, y, true, TODAY.plusDays(365), 1, 1, 1, 1, 1);
        HealthFacts many = new HealthFacts(y, y, true, TODAY.plusDays(365), 2, 3, 2, 2, 3);
        assertEquals(15, points(some, w, HealthPart.REGULARIZATION));
        assertEquals(5, points(some, w, HealthPart.REQUIREMENTS));
        assertEquals(10, points(many, w, HealthPart.REQUIREMENTS));
        assertEquals(10, points(some, w, HealthPart.QUOTES));
        assertEquals(2, points(some, w, HealthPart.GROWTH));
        assertEquals(5, points(many, w, HealthPart.GROWTH));
        assertEquals(2, points(some, w, HealthPart.TRAINING));
        assertEquals(5, points(many, w, HealthPart.TRAINING));
        assertEquals(100 - 15 - 10 - 10 - 5 - 5, HealthFormula.score(HealthFormula.items(many, w, NOW, ZONE), w));
    }

    @Test
    @DisplayName("R3.2 the weights come from the settings: a zero weight drops the part, the maximum follows the sum")
    void weightsFromSettings() {
        Map<HealthPart, Integer> m = new EnumMap<>(HealthPart.class);
        for (HealthPart p : HealthPart.values()) {
            m.put(p, 10);
        }
        m.put(HealthPart.CONTACT, 0);
        HealthWeights w = new HealthWeights(m, 30);
        HealthFacts stale = with(healthy(), NOW.minus(Duration.ofDays(40)));
        assertEquals(60, w.max());
        assertEquals(0, points(stale, w, HealthPart.CONTACT));
        // the at-risk threshold (30 days here) moves the contact tiers
        m.put(HealthPart.CONTACT, 40);
        HealthWeights w2 = new HealthWeights(m, 30);
        assertEquals(40, points(stale, w2, HealthPart.CONTACT));
    }

    @Test
    @DisplayName("R3.2 one formula: the SQL penalty inlines the same points per tier and takes the tier limits as parameters")
    void sqlUsesTheSameTiers() {
        HealthWeights w = HealthWeights.defaults();
        List<Object> params = new ArrayList<>();
        String sql = HealthFormula.sqlPenalty(w, NOW, ZONE, params);
        assertEquals(4, params.size());
        assertEquals(java.sql.Timestamp.from(NOW.minus(Duration.ofDays(60))), params.get(0));
        assertEquals(java.sql.Date.valueOf(TODAY.plusDays(30)), params.get(2));
        assertTrue(sql.contains("WHEN SINCE < ? THEN 30 WHEN SINCE < ? THEN 15"), sql);
        assertTrue(sql.contains("WHEN AM_END <= ? THEN 15 WHEN AM_END <= ? THEN 7"), sql);
        assertTrue(sql.contains("CASE WHEN N_REQ >= 3 THEN 10 WHEN N_REQ >= 1 THEN 5 ELSE 0 END"), sql);
    }

    @Test
    @DisplayName("R3.2 reasons: the parts that take points off, biggest first; ties keep the parts' order")
    void reasonsBiggestFirst() {
        HealthWeights w = HealthWeights.defaults();
        Instant old = NOW.minus(Duration.ofDays(90));
        HealthFacts f = new HealthFacts(old, old, false, null, 0, 1, 1, 0, 0);
        var h = new app.vinculo.health.boundary.ClientHealth(1, "X", "c", 1,
                HealthFormula.score(HealthFormula.items(f, w, NOW, ZONE), w), w.max(), f, HealthFormula.items(f, w, NOW, ZONE));
        assertEquals(List.of(HealthPart.CONTACT, HealthPart.AGREEMENT, HealthPart.QUOTES, HealthPart.REQUIREMENTS),
                h.reasons().stream().map(HealthItem::part).toList());
        assertEquals(30, h.score());
        assertTrue(h.urgent());
    }

    private static HealthFacts with(HealthFacts f, Instant since) {
        return new HealthFacts(since, since, f.maintenanceActive(), f.maintenanceEnd(), f.openRegularizations(),
                f.openRequirements(), f.quotesWaiting(), f.modulesOfInterest(), f.untrainedContacts());
    }
}
