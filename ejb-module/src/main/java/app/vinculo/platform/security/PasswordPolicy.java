package app.vinculo.platform.security;

import app.vinculo.platform.error.InvalidInputException;

import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (NIST SP 800-63B style): 10 to 128 characters, not containing the username,
 * not one of the passwords everybody tries first. No composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("1234567890", "0123456789", "password12", "password123",
            "qwertyuiop", "contraseña", "contrasena", "administrador", "1111111111", "abcdefghij",
            "vinculo123", "passw0rd12", "iloveyou12", "123456789a");

    private PasswordPolicy() {
    }

    /** @throws InvalidInputException with the key of the first broken rule */
    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password.tooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password.containsUsername");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new InvalidInputException("password.tooCommon");
        }
    }
}
