package app.vinculo.platform.security;

import app.vinculo.platform.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    private static String refusal(String user, String password) {
        return assertThrows(InvalidInputException.class, () -> PasswordPolicy.check(user, password)).messageKey();
    }

    @Test
    @DisplayName("a long, uncommon password that does not contain the username is accepted")
    void accepts() {
        assertDoesNotThrow(() -> PasswordPolicy.check("carla", "mate amargo al mediodía"));
        assertDoesNotThrow(() -> PasswordPolicy.check("admin", "vinculo-demo"));
    }

    @Test
    @DisplayName("short, huge, username-containing and common passwords are refused with their reason")
    void refuses() {
        assertEquals("password.tooShort", refusal("carla", "corta"));
        assertEquals("password.tooShort", refusal("carla", null));
        assertEquals("password.tooLong", refusal("carla", "x".repeat(129) + "abcdef"));
        assertEquals("password.containsUsername", refusal("carla", "soy-CARLA-2026"));
        assertEquals("password.tooCommon", refusal("carla", "1234567890"));
        assertEquals("password.tooCommon", refusal("carla", "aaaaaaaaaaaa"));
    }
}
