package app.vinculo.platform.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Service-account tokens and scopes")
class ServiceTokensTest {

    @Test
    @DisplayName("a new token is well formed, unique, stored only as its SHA-256, and its hint is a short prefix")
    void tokens() {
        String a = ServiceTokens.newToken();
        String b = ServiceTokens.newToken();
        assertNotEquals(a, b);
        assertTrue(ServiceTokens.wellFormed(a), a);
        assertEquals(64, ServiceTokens.hash(a).length());
        assertEquals(ServiceTokens.hash(a), ServiceTokens.hash(a));
        assertFalse(ServiceTokens.hash(a).contains(a.substring(4)));
        assertEquals(10, ServiceTokens.hint(a).length());
        assertTrue(a.startsWith(ServiceTokens.hint(a)));
        assertFalse(ServiceTokens.wellFormed("vnc_short"));
        assertFalse(ServiceTokens.wellFormed(null));
        assertFalse(ServiceTokens.wellFormed("vnc_" + "x".repeat(42) + "!"));
    }

    @Test
    @DisplayName("read acts as AUDITOR, write as CONSULTANT, both as both (ADR 0012)")
    void scopesActAsRoles() {
        assertEquals(Set.of("AUDITOR"), new ApiCaller(1, "api:x", true, false, 1).groups());
        assertEquals(Set.of("CONSULTANT"), new ApiCaller(1, "api:x", false, true, 1).groups());
        assertEquals(Set.of("AUDITOR", "CONSULTANT"), new ApiCaller(1, "api:x", true, true, 1).groups());
    }
}
