package app.vinculo.reminders.control;

import java.time.Duration;

/** Exponential backoff: base, 2×base, 4×base… capped. Attempt numbers start at 1. */
public record Backoff(Duration base, Duration cap) {

    public Duration afterAttempt(int attempt) {
        if (attempt < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempt - 1, 30);
        Duration d = base.multipliedBy(1L << Math.min(doublings, 20));
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
