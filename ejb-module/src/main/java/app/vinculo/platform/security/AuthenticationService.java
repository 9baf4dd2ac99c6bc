package app.vinculo.platform.security;

import app.vinculo.platform.security.AppUser;
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
 * attempts the account is locked for a delay that doubles with each further failure.
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

    private volatile String dummyHash;

    public LoginResult check(String username, String password) {
        String name = AppUser.normalize(username);
        List<AppUser> found = name.isEmpty() || name.length() > 40 ? List.of()
                : em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty() || password == null) {
            hasher.verify(password == null ? "" : password, dummyHash());
            return LoginResult.refused(LoginResult.Outcome.INVALID);
        }
        AppUser user = found.get(0);
        Instant now = clock.instant();
        if (user.isLocked(now)) {
            return LoginResult.refused(LoginResult.Outcome.LOCKED);
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            user.loginFailed(now, settings.intValue(Setting.LOGIN_MAX_FAILURES),
                    Duration.ofSeconds(settings.intValue(Setting.LOGIN_LOCK_SECONDS)));
            return LoginResult.refused(user.isLocked(now) ? LoginResult.Outcome.LOCKED : LoginResult.Outcome.INVALID);
        }
        if (!user.isEnabled()) {
            return LoginResult.refused(LoginResult.Outcome.DISABLED);
        }
        user.loginSucceeded(now);
        return new LoginResult(LoginResult.Outcome.VALID, user.getUsername(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether the account is locked now (for the login page's message). */
    public boolean isLocked(String username) {
        return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", AppUser.normalize(username))
                .getResultStream().anyMatch(u -> u.isLocked(clock.instant()));
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
