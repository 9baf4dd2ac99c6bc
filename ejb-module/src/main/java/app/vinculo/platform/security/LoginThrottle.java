package app.vinculo.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed-login counters kept in memory (issue #16, finding 4):
 * <ul>
 *     <li>per <b>unknown user name</b>, with exactly the lockout rule of a real account ({@code AppUser.loginFailed}:
 *     locked after {@code LOGIN_MAX_FAILURES}, the delay doubling with each further failure, at most one hour), so that
 *     an unknown name answers like a known one — same message, same moment of lockout;</li>
 *     <li>per <b>client address</b>: after {@link #ADDRESS_MAX_FAILURES} failures in {@link #ADDRESS_WINDOW} from one
 *     address, every login from it is refused for the rest of the window, so one password sprayed over many
 *     accounts is slowed even though no single account reaches its lockout.</li>
 * </ul>
 * Per server: a restart forgets them (real accounts keep their counters in the database). Both maps are bounded.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int ADDRESS_MAX_FAILURES = 30;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Counter> unknownUsers = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

    /** A failure count and the instant until which its subject is locked (null: not locked). */
    private record Counter(int failures, Instant lockedUntil, Instant since) {
    }

    public boolean unknownUserLocked(String name, Instant now) {
        Counter c = unknownUsers.get(name);
        return c != null && c.lockedUntil() != null && now.isBefore(c.lockedUntil());
    }

    /** The same rule as a real account's {@code loginFailed}; true when the name is locked now. */
    public boolean unknownUserFailed(String name, Instant now, int maxFailures, Duration baseLock) {
        bound(unknownUsers, now);
        Counter c = unknownUsers.merge(name, new Counter(1, null, now), (old, one) -> new Counter(old.failures() + 1,
                old.lockedUntil(), old.since()));
        if (c.failures() >= maxFailures) {
            int doublings = Math.min(c.failures() - maxFailures, 12);
            Duration lock = baseLock.multipliedBy(1L << doublings);
            if (lock.compareTo(Duration.ofHours(1)) > 0) {
                lock = Duration.ofHours(1);
            }
            Instant until = now.plus(lock);
            unknownUsers.computeIfPresent(name, (k, v) -> new Counter(v.failures(), until, v.since()));
            return true;
        }
        return false;
    }

    public boolean addressBlocked(String address, Instant now) {
        if (address == null) {
            return false;
        }
        Counter c = addresses.get(address);
        if (c == null) {
            return false;
        }
        if (!now.isBefore(c.since().plus(ADDRESS_WINDOW))) {
            addresses.remove(address, c);
            return false;
        }
        return c.failures() >= ADDRESS_MAX_FAILURES;
    }

    public void addressFailed(String address, Instant now) {
        if (address == null) {
            return;
        }
        bound(addresses, now);
        addresses.compute(address, (k, old) -> old == null || !now.isBefore(old.since().plus(ADDRESS_WINDOW))
                ? new Counter(1, null, now) : new Counter(old.failures() + 1, null, old.since()));
    }

    /** Forgets every counter (tests; an administrator's restart does the same). */
    public void clear() {
        unknownUsers.clear();
        addresses.clear();
    }

    private static void bound(Map<String, Counter> map, Instant now) {
        if (map.size() >= MAX_ENTRIES) {
            map.values().removeIf(c -> (c.lockedUntil() == null || !now.isBefore(c.lockedUntil()))
                    && !now.isBefore(c.since().plus(ADDRESS_WINDOW)));
            if (map.size() >= MAX_ENTRIES) {
                map.clear();
            }
        }
    }
}
