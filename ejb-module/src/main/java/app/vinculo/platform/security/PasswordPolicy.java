package app.vinculo.platform.security;

import app.vinculo.platform.error.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (NIST SP 800-63B / OWASP ASVS 2.1): 10 to 128 characters, not containing the username, the
 * e-mail address or a part of the name, and not one of the 30 000 most common passwords (the shipped list
 * {@code common-passwords.txt}, ADR 0014), also when digits or symbols are added before or after one
 * ({@code admin12345}, {@code letmein123}). No composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> EXTRA = Set.of("contraseña", "contrasena", "administrador", "vinculo",
            "vinculo123", "passw0rd12", "iloveyou12", "123456789a");

    private PasswordPolicy() {
    }

    /** @throws InvalidInputException with the key of the first broken rule */
    public static void check(String username, String password) {
        check(username, null, null, password);
    }

    /** @throws InvalidInputException with the key of the first broken rule */
    public static void check(String username, String email, String displayName, String password) {
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
        if (containsPersonalData(lower, email, displayName)) {
            throw new InvalidInputException("password.containsPersonalData");
        }
        if (isCommon(lower) || lower.chars().distinct().count() < 4) {
            throw new InvalidInputException("password.tooCommon");
        }
    }

    /** Whether the (lower-case) password is a common one, or a common one with digits or symbols around it. */
    static boolean isCommon(String lower) {
        Set<String> common = Common.LIST;
        if (common.contains(lower) || EXTRA.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return core.length() >= 4 && !core.equals(lower) && (common.contains(core) || EXTRA.contains(core));
    }

    private static boolean containsPersonalData(String lower, String email, String displayName) {
        if (email != null && !email.isBlank()) {
            String mail = email.trim().toLowerCase(Locale.ROOT);
            String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
            if (lower.contains(mail) || (local.length() >= 3 && lower.contains(local))) {
                return true;
            }
        }
        if (displayName != null) {
            for (String part : displayName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 4 && lower.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The shipped list, read once on first use. */
    private static final class Common {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            Set<String> set = new HashSet<>(40_000);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("common-passwords.txt is missing from the build");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String word = line.trim();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        set.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(set);
        }
    }
}
