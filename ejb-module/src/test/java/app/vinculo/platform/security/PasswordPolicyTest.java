package app.vinculo.platform.security;

import app.vinculo.platform.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    @DisplayName("#16.5: the passwords found accepted on main are refused as common, also with digits around a common one")
    void refusesTheCommonPasswordsFoundOnMain() {
        for (String common : new String[]{"qwerty1234", "welcome123", "admin12345", "letmein123", "Password2024!",
                "iloveyou2026", "dragon123456"}) {
            assertEquals("password.tooCommon", refusal("carla", common), common);
        }
    }

    @Test
    @DisplayName("#16.5: the shipped list holds at least the 10 000 most common passwords")
    void shipsTheList() {
        assertTrue(PasswordPolicy.isCommon("123456"));
        assertTrue(PasswordPolicy.isCommon("sunshine"));
        assertFalse(PasswordPolicy.isCommon("mate amargo al mediodía"));
        long lines;
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(lines >= 10_000, "lines: " + lines);
    }

    @Test
    @DisplayName("#16.5: a password containing the user's e-mail address or a part of the name is refused")
    void refusesPersonalData() {
        assertEquals("password.containsPersonalData", assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("cgomez", "carla.gomez@example.com", "Carla Gómez", "x-carla.gomez-2026"))
                .messageKey());
        assertEquals("password.containsPersonalData", assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("cgomez", "cg@example.com", "Carla Gómez", "mi nombre es gómez"))
                .messageKey());
        assertDoesNotThrow(() -> PasswordPolicy.check("cgomez", "cg@example.com", "Carla Gómez", "mate amargo al mediodía"));
    }
}
