package app.vinculo.platform.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditDiffTest {

    @Test
    @DisplayName("an update lists only the fields that changed, old → new, in field order")
    void onlyChangedFields() {
        List<FieldChange> changes = AuditDiff.between(
                Map.of("name", "Fábrica Sur", "phone", "011-4444", "active", true),
                Map.of("name", "Fábrica Sur S.A.", "phone", "011-4444", "active", false), Set.of());
        assertEquals(List.of(new FieldChange("active", "true", "false"),
                new FieldChange("name", "Fábrica Sur", "Fábrica Sur S.A.")), changes);
    }

    @Test
    @DisplayName("a create shows every field as new; a delete every field as gone; nulls are absent values")
    void createAndDelete() {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "Acme");
        values.put("notes", null);
        assertEquals(List.of(new FieldChange("name", null, "Acme")), AuditDiff.between(Map.of(), values, Set.of()));
        assertEquals(List.of(new FieldChange("name", "Acme", null)), AuditDiff.between(values, Map.of(), Set.of()));
    }

    @Test
    @DisplayName("masked fields record that they changed, never their values")
    void maskedFields() {
        List<FieldChange> changes = AuditDiff.between(Map.of("passwordHash", "abc"), Map.of("passwordHash", "def"),
                Set.of("passwordHash"));
        assertEquals(List.of(new FieldChange("passwordHash", AuditDiff.MASK, AuditDiff.MASK)), changes);
    }

    @Test
    @DisplayName("values render stably: decimals without trailing zeros, ISO dates, sorted collections")
    void rendering() {
        assertEquals("1500.5", AuditDiff.render(new BigDecimal("1500.50")));
        assertEquals("2026-11-27", AuditDiff.render(LocalDate.of(2026, 11, 27)));
        assertEquals("[ADMIN, CONSULTANT]", AuditDiff.render(List.of("CONSULTANT", "ADMIN")));
        assertTrue(AuditDiff.render("x".repeat(5000)).length() <= AuditDiff.MAX_LENGTH);
        assertTrue(AuditDiff.between(Map.of("amount", new BigDecimal("10.0")), Map.of("amount", new BigDecimal("10.00")),
                Set.of()).isEmpty(), "same amount, different scale, is no change");
    }

    @Test
    @DisplayName("bookkeeping fields (version, created/updated by/at) are not reported as changes")
    void bookkeepingIgnored() {
        assertTrue(AuditDiff.between(Map.of("version", 1L, "updatedBy", "ana"), Map.of("version", 2L, "updatedBy", "juan"),
                Set.of()).isEmpty());
    }
}
