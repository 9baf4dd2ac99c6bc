package app.vinculo.platform.security;

import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks credentials for the identity store, counting failures: after {@code LOGIN_MAX_FAILURES} failed
 * attempts the account — or the unknown name ({@link LoginThrottle}) — is locked for a delay that doubles with each
 * further failure; too many failures from one client address lock that address for a while.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    /** Verified against when the user does not exist, so that unknown and known users take the same time. */
    private static final String DUMMY_PASSWORD = "no-such-user-password";

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    @Inject
    LoginThrottle throttle;

    private volatile String dummyHash;

    /** The identity store's check, without a client address. */
    public LoginResult check(String username, String password) {
        return check(username, password, null);
    }

    /**
     * Checks a login. Every path verifies exactly one PBKDF2 hash — the account's, or a dummy one for an unknown name,
     * a locked account or a blocked address — so that the answer takes the same time whatever the reason; an unknown
     * name is locked after the same number of failures as a real account (issue #16, finding 4).
     *
     * @param clientAddress the caller's address for the per-address throttle; null when unknown
     */
    public LoginResult check(String username, String password, String clientAddress) {
        String name = AppUser.normalize(username);
        String given = password == null ? "" : password;
        Instant now = clock.instant();
        if (throttle.addressBlocked(clientAddress, now)) {
            hasher.verify(given, dummyHash());
            return LoginResult.refused(LoginResult.Outcome.LOCKED);
        }
        List<AppUser> found = name.isEmpty() || name.length() > 40 ? List.of()
                : em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        int maxFailures = settings.intValue(Setting.LOGIN_MAX_FAILURES);
        Duration baseLock = Duration.ofSeconds(settings.intValue(Setting.LOGIN_LOCK_SECONDS));
        if (found.isEmpty()) {
            hasher.verify(given, dummyHash());
            throttle.addressFailed(clientAddress, now);
            if (throttle.unknownUserLocked(name, now)) {
                return LoginResult.refused(LoginResult.Outcome.LOCKED);
            }
            return LoginResult.refused(throttle.unknownUserFailed(name, now, maxFailures, baseLock)
                    ? LoginResult.Outcome.LOCKED : LoginResult.Outcome.INVALID);
        }
        AppUser user = found.get(0);
        if (user.isLocked(now)) {
            hasher.verify(given, dummyHash());
            throttle.addressFailed(clientAddress, now);
            return LoginResult.refused(LoginResult.Outcome.LOCKED);
        }
        if (!hasher.verify(given, user.getPasswordHash())) {
            user.loginFailed(now, maxFailures, baseLock);
            throttle.addressFailed(clientAddress, now);
            return LoginResult.refused(user.isLocked(now) ? LoginResult.Outcome.LOCKED : LoginResult.Outcome.INVALID);
        }
        if (!user.isEnabled()) {
            return LoginResult.refused(LoginResult.Outcome.DISABLED);
        }
        user.loginSucceeded(now);
        return new LoginResult(LoginResult.Outcome.VALID, user.getUsername(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether the name is locked now, known or not (for the login page's message). */
    public boolean isLocked(String username) {
        String name = AppUser.normalize(username);
        Instant now = clock.instant();
        return throttle.unknownUserLocked(name, now)
                || em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", name)
                .getResultStream().anyMatch(u -> u.isLocked(now));
    }

    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            h = hasher.hash(DUMMY_PASSWORD);
            dummyHash = h;
        }
        return h;
    }
}
