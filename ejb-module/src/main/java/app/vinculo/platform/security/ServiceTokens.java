package app.vinculo.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Service-account tokens: {@value #PREFIX} + 32 random bytes (base64url), stored as their SHA-256. A token has 256
 * bits of entropy, so a fast hash is enough (a slow password hash protects guessable passwords, not random keys),
 * and the lookup is one unique-index read per request (ADR 0012).
 */
public final class ServiceTokens {

    public static final String PREFIX = "vnc_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ServiceTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** What an admin sees of a token: its first characters. */
    public static String hint(String token) {
        return token.substring(0, Math.min(token.length(), PREFIX.length() + 6));
    }

    /** Plausible shape, checked before touching the database. */
    public static boolean wellFormed(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() == PREFIX.length() + 43
                && token.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
