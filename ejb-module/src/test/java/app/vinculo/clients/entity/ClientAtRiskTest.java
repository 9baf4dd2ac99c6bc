package app.vinculo.clients.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAtRiskTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    @DisplayName("R3.1 a client without recorded contact for more than 60 days is at risk; 60 days exactly is not; a new contact clears it")
    void atRisk() {
        Client c = new Client("Fábrica Sur S.A.", TaxId.Kind.CUIT, "30-71234567-1");
        c.contacted(NOW.minus(Duration.ofDays(60)));
        assertFalse(c.isAtRisk(NOW, 60));
        assertTrue(c.isAtRisk(NOW.plusSeconds(1), 60));
        c.contacted(NOW.minus(Duration.ofDays(1)));
        assertFalse(c.isAtRisk(NOW.plusSeconds(1), 60));
        c.contacted(NOW.minus(Duration.ofDays(90)));
        assertFalse(c.isAtRisk(NOW, 60), "an older contact never moves the last contact back");
    }

    @Test
    @DisplayName("R3.1 an inactive client is never at risk")
    void inactive() {
        Client c = new Client("Fábrica Sur S.A.", TaxId.Kind.CUIT, "30-71234567-1");
        c.contacted(NOW.minus(Duration.ofDays(400)));
        c.deactivate();
        assertFalse(c.isAtRisk(NOW, 60));
    }
}
