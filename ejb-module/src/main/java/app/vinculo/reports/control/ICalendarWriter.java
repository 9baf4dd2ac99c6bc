package app.vinculo.reports.control;

import app.vinculo.reports.boundary.AgendaItem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Writes an iCalendar (RFC 5545) VCALENDAR of agenda items: times in UTC (no VTIMEZONE needed), text escaped, lines
 * folded at 75 octets, CRLF. A rescheduled or cancelled event keeps its UID and gets a higher SEQUENCE
 * (the record's last change in seconds) and STATUS:CANCELLED, so subscribed calendars update it.
 */
public final class ICalendarWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    /**
     * @param host      the domain part of the UIDs
     * @param name      the calendar's name (X-WR-CALNAME)
     * @param link      the portal address of an item, or null
     * @param summary   the event's title
     */
    public static String write(List<AgendaItem> items, String host, String name, Instant stamp,
                               Function<AgendaItem, String> summary, Function<AgendaItem, String> link) {
        StringBuilder out = new StringBuilder(256 + items.size() * 300);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Vinculo//Portal//ES");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (AgendaItem i : items) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + i.uid() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(i.start()));
            line(out, "DTEND:" + UTC.format(i.end().isAfter(i.start()) ? i.end() : i.start().plusSeconds(900)));
            line(out, "SUMMARY:" + escape(summary.apply(i)));
            if (i.place() != null && !i.place().isBlank()) {
                line(out, "LOCATION:" + escape(i.place()));
            }
            if (i.people() != null && !i.people().isBlank()) {
                line(out, "DESCRIPTION:" + escape(i.people()));
            }
            String url = link == null ? null : link.apply(i);
            if (url != null) {
                line(out, "URL:" + url);
            }
            if (i.updated() != null) {
                line(out, "LAST-MODIFIED:" + UTC.format(i.updated()));
                line(out, "SEQUENCE:" + Math.max(0, i.updated().getEpochSecond() - 1_700_000_000L));
            }
            line(out, "STATUS:" + (i.cancelled() ? "CANCELLED" : "HELD".equals(i.status()) || "CONFIRMED".equals(i.status())
                    || "OPEN".equals(i.status()) || "CLOSED".equals(i.status()) ? "CONFIRMED" : "TENTATIVE"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT escaping of RFC 5545 3.3.11. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (never splitting a UTF-8 sequence). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
