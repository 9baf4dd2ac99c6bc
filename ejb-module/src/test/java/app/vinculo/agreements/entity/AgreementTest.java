package app.vinculo.agreements.entity;

import app.vinculo.agreements.control.AgreementRules;
import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementTest {

    private final Client client = new Client("Fábrica Sur S.A.", TaxId.Kind.CUIT, "30-71234567-1");

    private Agreement sm(String start, String end) {
        return new Agreement(client, AgreementType.SUPPORT_MAINTENANCE, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    @DisplayName("status follows the dates: FUTURE before, ACTIVE within (both days included), EXPIRED after; CANCELLED once cancelled")
    void statusByDate() {
        Agreement a = sm("2026-01-01", "2026-12-31");
        assertEquals(AgreementStatus.FUTURE, a.statusOn(LocalDate.parse("2025-12-31")));
        assertEquals(AgreementStatus.ACTIVE, a.statusOn(LocalDate.parse("2026-01-01")));
        assertEquals(AgreementStatus.ACTIVE, a.statusOn(LocalDate.parse("2026-12-31")));
        assertEquals(AgreementStatus.EXPIRED, a.statusOn(LocalDate.parse("2027-01-01")));
        a.cancel("El cliente dio de baja el servicio", Instant.parse("2026-06-01T12:00:00Z"));
        assertEquals(AgreementStatus.CANCELLED, a.statusOn(LocalDate.parse("2026-07-01")));
        assertThrows(BusinessException.class, () -> a.cancel("otra vez", Instant.now()));
    }

    @Test
    @DisplayName("R1.2 overlap: periods sharing one day overlap; back-to-back periods and cancelled agreements do not")
    void overlaps() {
        Agreement current = sm("2026-01-01", "2026-12-31");
        List<Agreement> existing = List.of(current);
        assertTrue(AgreementRules.overlapping(existing, LocalDate.parse("2026-12-31"), LocalDate.parse("2027-12-31"), null).isPresent());
        assertTrue(AgreementRules.overlapping(existing, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31"), null).isEmpty());
        assertTrue(AgreementRules.overlapping(existing, LocalDate.parse("2025-06-01"), LocalDate.parse("2027-06-01"), null).isPresent(),
                "a period that contains another overlaps it");
        current.cancel("baja", Instant.now());
        assertTrue(AgreementRules.overlapping(existing, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"), null).isEmpty());
    }

    @Test
    @DisplayName("renewal creates a linked agreement of the same client and type, with the same terms")
    void renewal() {
        Agreement a = sm("2026-01-01", "2026-12-31");
        a.terms(40, new BigDecimal("150000.005"), Currency.ARS, "40 horas mensuales");
        Agreement next = a.renew(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31"));
        assertSame(a, next.getPrevious());
        assertEquals(AgreementType.SUPPORT_MAINTENANCE, next.getType());
        assertEquals(new BigDecimal("150000.00"), next.getFee(), "money rounded half-even to cents");
    }

    @Test
    @DisplayName("an end before the start, negative fees and a cancellation without reason are refused")
    void invalid() {
        assertEquals("agreement.endBeforeStart", assertThrows(InvalidInputException.class,
                () -> sm("2026-12-31", "2026-01-01")).messageKey());
        Agreement a = sm("2026-01-01", "2026-12-31");
        assertThrows(InvalidInputException.class, () -> a.terms(null, new BigDecimal("-1"), Currency.USD, null));
        assertEquals("agreement.cancelReasonRequired", assertThrows(InvalidInputException.class,
                () -> a.cancel(" ", Instant.now())).messageKey());
    }

    @Test
    @DisplayName("R1.4 a regularisation case goes OPEN → IN_NEGOTIATION → DECLINED (reason required); a closed case cannot move")
    void regularizationStates() {
        RegularizationCase c = new RegularizationCase(client, GateReason.EXPIRED, "Consulta por sueldos", Instant.now());
        assertEquals(RegularizationStatus.OPEN, c.getStatus());
        c.startNegotiation("Se envió propuesta");
        assertThrows(InvalidInputException.class, () -> c.decline("", Instant.now()));
        c.decline("El cliente no renueva", Instant.now());
        assertEquals(RegularizationStatus.DECLINED, c.getStatus());
        assertEquals("regularization.transitionRefused",
                assertThrows(BusinessException.class, () -> c.regularized(Instant.now())).messageKey());
    }
}
