package app.vinculo.training.control;

import app.vinculo.platform.html.RichText;
import app.vinculo.reminders.boundary.Thresholds;
import app.vinculo.training.control.SuggestionRule.Signal;
import app.vinculo.training.entity.SuggestionSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attendance rate, the R5.3 suggestion rule, the RM4 thresholds and the syllabus sanitiser. */
class TrainingRulesTest {

    @Test
    @DisplayName("attendance rate: attended marks over expected marks, one decimal, half-even; nothing expected → none")
    void attendanceRate() {
        assertEquals(new BigDecimal("66.7"), AttendanceRate.percent(2, 3));
        assertEquals(new BigDecimal("100.0"), AttendanceRate.percent(8, 8));
        assertEquals(new BigDecimal("0.0"), AttendanceRate.percent(0, 5));
        assertEquals(new BigDecimal("12.5"), AttendanceRate.percent(1, 8));
        assertEquals(new BigDecimal("0.2"), AttendanceRate.percent(1, 400), "0.25 rounds half-even to 0.2");
        assertNull(AttendanceRate.percent(0, 0));
        assertThrows(IllegalArgumentException.class, () -> AttendanceRate.percent(3, 2));
    }

    @Test
    @DisplayName("R5.3 a topic shared by at least N clients with no upcoming edition is suggested, with the clients behind it")
    void suggestionRule() {
        List<Signal> signals = List.of(
                new Signal("TESORERIA", 1, SuggestionSource.INTEREST), new Signal("TESORERIA", 2, SuggestionSource.REQUIREMENT),
                new Signal("TESORERIA", 2, SuggestionSource.VISIT), new Signal("TESORERIA", 3, SuggestionSource.VISIT),
                new Signal("STOCK", 1, SuggestionSource.INTEREST), new Signal("STOCK", 2, SuggestionSource.INTEREST), new Signal("STOCK", 3, SuggestionSource.INTEREST),
                new Signal("STOCK", 4, SuggestionSource.INTEREST),
                new Signal("CRM", 1, SuggestionSource.INTEREST), new Signal("CRM", 1, SuggestionSource.VISIT), new Signal("CRM", 2, SuggestionSource.VISIT),
                new Signal("SUELDOS", 5, SuggestionSource.INTEREST), new Signal("SUELDOS", 6, SuggestionSource.INTEREST), new Signal("SUELDOS", 7, SuggestionSource.REQUIREMENT));
        List<SuggestionRule.Suggestion> found = SuggestionRule.apply(signals, Set.of("SUELDOS"), 3);
        assertEquals(List.of("STOCK", "TESORERIA"), found.stream().map(SuggestionRule.Suggestion::topic).toList(),
                "CRM has only two clients; SUELDOS has an upcoming edition; most clients first");
        assertEquals(Set.of(SuggestionSource.REQUIREMENT, SuggestionSource.VISIT), found.get(1).clients().get(2L));
        assertEquals(3, SuggestionRule.apply(signals, Set.of(), 3).size());
        assertEquals(4, SuggestionRule.apply(signals, Set.of(), 2).size());
        assertTrue(SuggestionRule.apply(signals, Set.of(), 5).isEmpty());
    }

    @Test
    @DisplayName("RM4 thresholds: the smallest one reached is due; none before the first; a late run sends the latest band only")
    void thresholds() {
        LocalDate start = LocalDate.of(2026, 12, 10);
        assertNull(Thresholds.reached(start, start.minusDays(8), List.of(7, 1)));
        assertEquals(7, Thresholds.reached(start, start.minusDays(7), List.of(7, 1)));
        assertEquals(7, Thresholds.reached(start, start.minusDays(3), List.of(7, 1)));
        assertEquals(1, Thresholds.reached(start, start.minusDays(1), List.of(7, 1)));
        assertEquals(1, Thresholds.reached(start, start.minusDays(1), List.of(1, 7)), "order of the setting does not matter");
    }

    @Test
    @DisplayName("the syllabus keeps paragraphs, lists and links and loses scripts, handlers and javascript: URLs")
    void sanitiser() {
        String clean = RichText.clean("<p onclick=\"x()\">Hola <b>mundo</b></p><script>alert(1)</script>"
                + "<ul><li>Uno</li></ul><a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)>");
        assertTrue(clean.contains("<p>Hola <b>mundo</b></p>"), clean);
        assertTrue(clean.contains("<li>Uno</li>"), clean);
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("javascript"), clean);
        assertFalse(clean.contains("onerror"), clean);
        assertNull(RichText.clean("<script>x</script>"));
        assertNull(RichText.clean("  "));
    }
}
