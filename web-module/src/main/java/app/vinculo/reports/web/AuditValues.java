package app.vinculo.reports.web;

import app.vinculo.platform.web.Texts;
import app.vinculo.reports.boundary.AuditChange;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the audit view shows what the trail stored as text: instants and dates as dd/MM/yyyy HH:mm in the portal's zone,
 * booleans as yes/no, decimals with the es-AR separators; and which page a record type opens.
 */
public final class AuditValues {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d{1,4}");
    private static final DateTimeFormatter DATE_TIME_OUT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final int SHOWN = 160;
    private static final DateTimeFormatter DATE_OUT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Record type → its page (parameter {@code id}). */
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("Client", "/clients/view"), Map.entry("Visit", "/visits/view"), Map.entry("FollowUp", "/followups/view"),
            Map.entry("Requirement", "/requirements/view"), Map.entry("Quote", "/quotes/view"),
            Map.entry("Course", "/training/courses/view"), Map.entry("CourseEdition", "/training/editions/view"),
            Map.entry("Release", "/releases/view"), Map.entry("TestCampaign", "/releases/campaign"),
            Map.entry("RegularizationCase", "/agreements/regularization"), Map.entry("AppUser", "/admin/user-edit"));

    private AuditValues() {
    }

    public static String outcome(String type) {
        return PAGES.get(type);
    }

    public static String format(String raw, ZoneId zone, Locale locale) {
        if (raw == null || raw.isEmpty()) {
            return "—";
        }
        try {
            if (INSTANT.matcher(raw).matches()) {
                return DATE_TIME_OUT.format(Instant.parse(raw).atZone(zone));
            }
            if (LOCAL_DATE_TIME.matcher(raw).matches()) {
                return DATE_TIME_OUT.format(LocalDateTime.parse(raw));
            }
            if (DATE.matcher(raw).matches()) {
                return DATE_OUT.format(LocalDate.parse(raw));
            }
        } catch (DateTimeParseException notADate) {
            return raw;
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Texts.text(locale, "true".equals(raw) ? "common.yes" : "common.no");
        }
        if (DECIMAL.matcher(raw).matches()) {
            DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.forLanguageTag("es-AR"));
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator('.');
            BigDecimal d = new BigDecimal(raw);
            return new DecimalFormat(d.scale() > 0 ? "#,##0." + "0".repeat(d.scale()) : "#,##0", symbols).format(d);
        }
        // long texts (a procedure's revision, a syllabus) are cut for the table; the trail keeps up to 1000 characters
        return raw.length() > SHOWN ? raw.substring(0, SHOWN - 1) + "…" : raw;
    }

    /** A field's label: {@code audit.field.<name>} when the bundle has it, else the name. */
    public static String field(String name, Locale locale) {
        try {
            return Texts.bundle(locale).getString("audit.field." + name);
        } catch (MissingResourceException none) {
            return name;
        }
    }

    public static String fieldsText(AuditChange c, ZoneId zone, Locale locale) {
        return c.fields().stream().map(f -> field(f.name(), locale) + ": " + format(f.oldValue(), zone, locale) + " → "
                + format(f.newValue(), zone, locale)).collect(Collectors.joining("; "));
    }
}
