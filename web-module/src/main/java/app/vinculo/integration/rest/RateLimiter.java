package app.vinculo.integration.rest;

import app.vinculo.platform.security.ApiCaller;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Each service account's requests per minute (its own limit), counted in fixed one-minute windows. The counts live in
 * this application-scoped bean, one per server: with N servers behind a balancer an account may make up to N times
 * its limit (ADR 0012). Nothing static; one entry per account.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long minute, int count) {
    }

    private final ConcurrentMap<Long, Window> windows = new ConcurrentHashMap<>();

    /** Counts the request; false when the account is over its limit in the current minute. */
    public boolean tryAcquire(ApiCaller caller, long nowMillis) {
        long minute = nowMillis / 60_000;
        Window w = windows.compute(caller.accountId(), (id, old) -> old == null || old.minute() != minute
                ? new Window(minute, 1) : new Window(minute, old.count() + 1));
        return w.count() <= caller.requestsPerMinute();
    }

    /** Seconds until the next window opens. */
    public static long retryAfterSeconds(long nowMillis) {
        return Math.max(1, 60 - (nowMillis / 1000) % 60);
    }
}
