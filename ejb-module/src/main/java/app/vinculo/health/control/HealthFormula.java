package app.vinculo.health.control;

import app.vinculo.health.boundary.HealthFacts;
import app.vinculo.health.boundary.HealthItem;
import app.vinculo.health.boundary.HealthPart;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * R3.2 the client health score, written once as tiers and evaluated twice from the same tiers: in Java for the
 * explanation ({@link #items}) and as a SQL expression for the ranking in the database ({@link #sqlPenalty}).
 * Each part takes a percentage of its weight off the maximum:
 * <ul>
 * <li>CONTACT: no contact for more than the at-risk days (R3.1) 100 %, for more than half of them 50 %;</li>
 * <li>AGREEMENT: no ACTIVE A&amp;M today 100 %; it ends within 30 days 60 %, within 60 days 30 %;</li>
 * <li>REGULARIZATION: an open case 100 %;</li>
 * <li>REQUIREMENTS: 3 or more open 100 %, 1 or 2 50 %; QUOTES: a sent quote waiting for the answer 100 %;</li>
 * <li>GROWTH: 2 or more modules of interest not installed 100 %, one 50 %;</li>
 * <li>TRAINING: 3 or more active contacts who never attended a course 100 %, 1 or 2 50 %.</li>
 * </ul>
 */
public final class HealthFormula {

    static final int AGREEMENT_SOON_DAYS = 30;
    static final int AGREEMENT_LATER_DAYS = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private HealthFormula() {
    }

    /** Contact tiers: older than the returned instants (full, half). */
    static Instant[] contactLimits(HealthWeights w, Instant now) {
        return new Instant[]{now.minus(Duration.ofDays(w.atRiskDays())), now.minus(Duration.ofDays(w.atRiskDays() / 2))};
    }

    static int contactPercent(Instant since, Instant[] limits) {
        return since.isBefore(limits[0]) ? 100 : since.isBefore(limits[1]) ? 50 : 0;
    }

    static int agreementPercent(boolean active, LocalDate end, LocalDate today) {
        if (!active || end == null) {
            return 100;
        }
        return !end.isAfter(today.plusDays(AGREEMENT_SOON_DAYS)) ? 60 : !end.isAfter(today.plusDays(AGREEMENT_LATER_DAYS)) ? 30 : 0;
    }

    static int countPercent(HealthPart part, int n) {
        return switch (part) {
            case REGULARIZATION, QUOTES -> n >= 1 ? 100 : 0;
            case REQUIREMENTS, TRAINING -> n >= 3 ? 100 : n >= 1 ? 50 : 0;
            case GROWTH -> n >= 2 ? 100 : n >= 1 ? 50 : 0;
            default -> throw new IllegalArgumentException(part.name());
        };
    }

    /** Every part of one client's score, with its points and reason. */
    public static List<HealthItem> items(HealthFacts f, HealthWeights w, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<HealthItem> items = new ArrayList<>();
        int pc = contactPercent(f.since(), contactLimits(w, now));
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(f.since(), zone), today);
        items.add(item(w, HealthPart.CONTACT, pc, f.lastContact() == null ? "health.reason.CONTACT.never"
                : "health.reason.CONTACT", String.valueOf(days), String.valueOf(w.atRiskDays())));
        int pa = agreementPercent(f.maintenanceActive(), f.maintenanceEnd(), today);
        String agreementKey = !f.maintenanceActive() ? (f.maintenanceEnd() == null ? "health.reason.AGREEMENT.none"
                : "health.reason.AGREEMENT.inactive") : "health.reason.AGREEMENT.active";
        items.add(item(w, HealthPart.AGREEMENT, pa, agreementKey, f.maintenanceEnd() == null ? "" : DAY.format(f.maintenanceEnd()),
                f.maintenanceEnd() == null ? "0" : String.valueOf(ChronoUnit.DAYS.between(today, f.maintenanceEnd()))));
        items.add(count(w, HealthPart.REGULARIZATION, f.openRegularizations()));
        items.add(count(w, HealthPart.REQUIREMENTS, f.openRequirements()));
        items.add(count(w, HealthPart.QUOTES, f.quotesWaiting()));
        items.add(count(w, HealthPart.GROWTH, f.modulesOfInterest()));
        items.add(count(w, HealthPart.TRAINING, f.untrainedContacts()));
        return items;
    }

    public static int score(List<HealthItem> items, HealthWeights w) {
        return w.max() - items.stream().mapToInt(HealthItem::points).sum();
    }

    private static HealthItem count(HealthWeights w, HealthPart part, int n) {
        return item(w, part, countPercent(part, n), "health.reason." + part.name(), String.valueOf(n));
    }

    private static HealthItem item(HealthWeights w, HealthPart part, int percent, String key, String... args) {
        return new HealthItem(part, w.points(part, percent), w.of(part), key, List.of(args));
    }

    /**
     * The same penalty as {@link #items} as a SQL expression over the columns the ranking query names (SINCE,
     * AM_ACTIVE, AM_END, N_REG, N_REQ, N_QUOTE, N_INTEREST, N_UNTRAINED). Its parameters, in order: the two contact
     * limits (timestamps), then today + 30 and today + 60 (dates); {@code params} receives them.
     */
    public static String sqlPenalty(HealthWeights w, Instant now, ZoneId zone, List<Object> params) {
        Instant[] limits = contactLimits(w, now);
        LocalDate today = LocalDate.ofInstant(now, zone);
        params.add(java.sql.Timestamp.from(limits[0]));
        params.add(java.sql.Timestamp.from(limits[1]));
        params.add(java.sql.Date.valueOf(today.plusDays(AGREEMENT_SOON_DAYS)));
        params.add(java.sql.Date.valueOf(today.plusDays(AGREEMENT_LATER_DAYS)));
        return "(CASE WHEN SINCE < ? THEN " + w.points(HealthPart.CONTACT, 100) + " WHEN SINCE < ? THEN "
                + w.points(HealthPart.CONTACT, 50) + " ELSE 0 END"
                + " + CASE WHEN AM_ACTIVE = 0 OR AM_END IS NULL THEN " + w.points(HealthPart.AGREEMENT, 100)
                + " WHEN AM_END <= ? THEN " + w.points(HealthPart.AGREEMENT, 60)
                + " WHEN AM_END <= ? THEN " + w.points(HealthPart.AGREEMENT, 30) + " ELSE 0 END"
                + " + " + counted(w, HealthPart.REGULARIZATION, "N_REG", 1, 1)
                + " + " + counted(w, HealthPart.REQUIREMENTS, "N_REQ", 3, 1)
                + " + " + counted(w, HealthPart.QUOTES, "N_QUOTE", 1, 1)
                + " + " + counted(w, HealthPart.GROWTH, "N_INTEREST", 2, 1)
                + " + " + counted(w, HealthPart.TRAINING, "N_UNTRAINED", 3, 1) + ")";
    }

    private static String counted(HealthWeights w, HealthPart part, String column, int full, int half) {
        int fullPoints = w.points(part, countPercent(part, full));
        int halfPoints = w.points(part, countPercent(part, half));
        return "CASE WHEN " + column + " >= " + full + " THEN " + fullPoints
                + " WHEN " + column + " >= " + half + " THEN " + halfPoints + " ELSE 0 END";
    }
}
