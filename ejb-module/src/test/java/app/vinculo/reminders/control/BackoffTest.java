package app.vinculo.reminders.control;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {

    @Test
    @DisplayName("retries wait 1, 2, 4, 8… minutes, never more than the cap")
    void doublesUpToCap() {
        Backoff b = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));
        assertEquals(Duration.ofMinutes(1), b.afterAttempt(1));
        assertEquals(Duration.ofMinutes(2), b.afterAttempt(2));
        assertEquals(Duration.ofMinutes(4), b.afterAttempt(3));
        assertEquals(Duration.ofMinutes(32), b.afterAttempt(6));
        assertEquals(Duration.ofHours(1), b.afterAttempt(7));
        assertEquals(Duration.ofHours(1), b.afterAttempt(1000));
    }
}
