package app.vinculo.reminders.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * "N days before" reminders (RM3, RM4): the threshold reached on a day is the smallest one whose day has come, so a
 * reminder missed while the server was down is sent once, late, and never together with an earlier band.
 */
public final class Thresholds {

    private Thresholds() {
    }

    /** The smallest of {@code thresholds} (days before {@code target}) already reached on {@code today}, or null. */
    public static Integer reached(LocalDate target, LocalDate today, List<Integer> thresholds) {
        Integer band = null;
        for (int t : thresholds) {
            if (!today.isBefore(target.minusDays(t)) && (band == null || t < band)) {
                band = t;
            }
        }
        return band;
    }
}
