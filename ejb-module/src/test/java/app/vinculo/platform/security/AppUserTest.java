package app.vinculo.platform.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppUserTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    @DisplayName("usernames are stored trimmed and lower-case")
    void normalizesUsername() {
        assertEquals("carla", new AppUser("  Carla ", "Carla", null, "h", Set.of(Role.CONSULTANT)).getUsername());
    }

    @Test
    @DisplayName("the fifth failed login locks the account for the base delay, doubling with each further failure up to one hour")
    void lockoutBackoff() {
        AppUser user = new AppUser("ana", "Ana", null, "h", Set.of(Role.CONSULTANT));
        Duration base = Duration.ofSeconds(30);
        for (int i = 0; i < 4; i++) {
            user.loginFailed(NOW, 5, base);
        }
        assertFalse(user.isLocked(NOW), "four failures do not lock");
        user.loginFailed(NOW, 5, base);
        assertEquals(NOW.plusSeconds(30), user.getLockedUntil());
        user.loginFailed(NOW, 5, base);
        assertEquals(NOW.plusSeconds(60), user.getLockedUntil());
        for (int i = 0; i < 20; i++) {
            user.loginFailed(NOW, 5, base);
        }
        assertEquals(NOW.plus(Duration.ofHours(1)), user.getLockedUntil());
        assertTrue(user.isLocked(NOW.plusSeconds(3599)));
        assertFalse(user.isLocked(NOW.plusSeconds(3600)));
    }

    @Test
    @DisplayName("a successful login or a new password clears the failures")
    void successClears() {
        AppUser user = new AppUser("ana", "Ana", null, "h", Set.of(Role.CONSULTANT));
        for (int i = 0; i < 6; i++) {
            user.loginFailed(NOW, 5, Duration.ofSeconds(30));
        }
        user.changePassword("new-hash");
        assertFalse(user.isLocked(NOW));
        assertEquals(0, user.getFailedLogins());
    }
}
