package app.vinculo.followups.entity;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FollowUpTest {

    private static final Client CLIENT = new Client("Fábrica Sur S.A.", TaxId.Kind.CUIT, "30-71234567-1");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static FollowUp followUp() {
        return new FollowUp(CLIENT, "consultor", Instant.parse("2026-11-20T14:00:00Z"), Channel.CALL, Nature.COMMERCIAL,
                "Llamado por renovación", null);
    }

    @Test
    @DisplayName("a next action has what, who and by when — all three or none")
    void nextActionComplete() {
        FollowUp f = followUp();
        assertEquals("followup.nextActionIncomplete", assertThrows(InvalidInputException.class,
                () -> f.nextAction("Enviar propuesta", null, TODAY)).messageKey());
        f.nextAction(" ", null, null);
        assertEquals(null, f.getNextAction());
        assertThrows(InvalidInputException.class, () -> new FollowUp(CLIENT, "c", Instant.now(), Channel.CALL, Nature.TECHNICAL, " ", null));
    }

    @Test
    @DisplayName("RM1 a next action is due on its day and overdue after it, until it is done; it is done once")
    void dueAndOverdue() {
        FollowUp f = followUp();
        f.nextAction("Enviar propuesta", "consultor", TODAY);
        assertTrue(f.isDue(TODAY));
        assertFalse(f.isOverdue(TODAY));
        assertTrue(f.isOverdue(TODAY.plusDays(1)));
        assertFalse(f.isDue(TODAY.minusDays(1)));
        f.done(Instant.parse("2026-11-27T18:00:00Z"));
        assertFalse(f.isDue(TODAY.plusDays(3)));
        assertEquals("followup.alreadyDone", assertThrows(BusinessException.class, () -> f.done(Instant.now())).messageKey());
        assertEquals("followup.noNextAction", assertThrows(BusinessException.class, () -> followUp().done(Instant.now())).messageKey());
    }
}
