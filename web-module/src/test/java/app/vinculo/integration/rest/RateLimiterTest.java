package app.vinculo.integration.rest;

import app.vinculo.platform.security.ApiCaller;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Requests per minute of a service account")
class RateLimiterTest {

    private static final long MINUTE = 60_000;

    @Test
    @DisplayName("an account gets its limit per minute, the next request is refused, a new minute starts afresh, "
            + "and accounts do not share a window")
    void countsPerAccountAndMinute() {
        RateLimiter limiter = new RateLimiter();
        ApiCaller three = new ApiCaller(1, "api:a", true, false, 3);
        ApiCaller other = new ApiCaller(2, "api:b", true, false, 3);
        long t = 100 * MINUTE + 5_000;
        assertTrue(limiter.tryAcquire(three, t));
        assertTrue(limiter.tryAcquire(three, t + 1));
        assertTrue(limiter.tryAcquire(three, t + 2));
        assertFalse(limiter.tryAcquire(three, t + 3));
        assertTrue(limiter.tryAcquire(other, t + 3));
        assertTrue(limiter.tryAcquire(three, t + MINUTE));
    }

    @Test
    @DisplayName("Retry-After says the seconds left in the minute, at least one")
    void retryAfter() {
        assertEquals(55, RateLimiter.retryAfterSeconds(100 * MINUTE + 5_000));
        assertEquals(1, RateLimiter.retryAfterSeconds(100 * MINUTE + 59_999));
    }
}
