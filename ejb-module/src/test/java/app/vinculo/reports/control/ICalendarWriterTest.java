package app.vinculo.reports.control;

import app.vinculo.reports.boundary.AgendaItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ICalendarWriterTest {

    private static final Instant AT = Instant.parse("2026-12-03T13:00:00Z");

    private static AgendaItem visit(String status, String title) {
        return new AgendaItem(AgendaItem.Kind.VISIT, 42, 0, title, "Planta, Avellaneda", AT, AT.plusSeconds(7200), status,
                "consultor", Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    @DisplayName("§8 text is escaped (comma, semicolon, backslash, new line) and times are UTC")
    void escapesTextAndWritesUtc() {
        String ics = ICalendarWriter.write(List.of(visit("CONFIRMED", "Fábrica Sur, S.A.; planta\\norte")), "h", "Cal",
                AT, AgendaItem::title, i -> null);
        assertTrue(ics.contains("SUMMARY:Fábrica Sur\\, S.A.\\; planta\\\\norte\r\n"), ics);
        assertTrue(ics.contains("DTSTART:20261203T130000Z\r\n"));
        assertTrue(ics.contains("UID:visit-42@h\r\n"));
        assertTrue(ics.contains("STATUS:CONFIRMED\r\n"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    @DisplayName("§8 long lines fold at 75 octets without splitting a UTF-8 character; a cancelled visit says so")
    void foldsLongLines() {
        String ics = ICalendarWriter.write(List.of(visit("CANCELLED", "Visita ñ".repeat(30))), "h", "Cal", AT,
                AgendaItem::title, i -> null);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + "Visita ñ".repeat(30) + "\r\n"));
        assertTrue(ics.contains("STATUS:CANCELLED\r\n"));
        assertEquals(1, ics.split("BEGIN:VEVENT").length - 1);
    }
}
