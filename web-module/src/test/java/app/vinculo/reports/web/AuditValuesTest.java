package app.vinculo.reports.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditValuesTest {

    private static final ZoneId BA = ZoneId.of("America/Argentina/Buenos_Aires");
    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    @DisplayName("§8 the audit view formats stored values: instants in the portal's zone, dates, yes/no, decimals es-AR")
    void formatsValues() {
        assertEquals("30/11/2026 07:18", AuditValues.format("2026-11-30T10:18:40.672367243Z", BA, ES));
        assertEquals("01/08/2021", AuditValues.format("2021-08-01", BA, ES));
        assertEquals("Sí", AuditValues.format("true", BA, ES));
        assertEquals("No", AuditValues.format("false", BA, Locale.ENGLISH));
        assertEquals("692.120,00", AuditValues.format("692120.00", BA, ES));
        assertEquals("—", AuditValues.format(null, BA, ES));
        assertEquals("ACTIVE", AuditValues.format("ACTIVE", BA, ES));
        assertEquals("/clients/view", AuditValues.outcome("Client"));
        assertEquals("/training/courses/view", AuditValues.outcome("Course"));
        assertEquals("/training/editions/view", AuditValues.outcome("CourseEdition"));
    }
}
