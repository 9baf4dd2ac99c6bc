package app.vinculo.training.entity;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.Contact;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.training.control.Waitlist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edition state machine, the register's immutability (R5.2) and the registration/waiting-list rules (R5.1). */
class CourseEditionTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 10);
    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    static Course course() {
        Course c = new Course("stock-101");
        c.describe("Stock", Set.of("STOCK"), null, 8, Modality.OFFICES, true);
        return c;
    }

    static CourseEdition edition(int capacity, LocalDate... days) {
        CourseEdition e = new CourseEdition(course());
        List<EditionSession> sessions = java.util.Arrays.stream(days)
                .map(d -> new EditionSession(d, LocalTime.of(9, 0), LocalTime.of(13, 0))).toList();
        e.plan(sessions, "Sala 1", capacity, Set.of("consultor"), true, List.of());
        return e;
    }

    static Contact contact(String name) {
        Contact c = new Contact(new Client("Fábrica Sur S.A.", TaxId.Kind.CUIT, "30-71234567-1"));
        c.describe(name, null, name.toLowerCase() + "@example.com", null, false, false, Set.of(), true);
        return c;
    }

    @Test
    @DisplayName("an edition goes SCHEDULED → OPEN → HELD → CLOSED; other moves are refused")
    void stateMachine() {
        CourseEdition e = edition(10, DAY, DAY.plusDays(1));
        assertEquals(EditionStatus.SCHEDULED, e.getStatus());
        assertEquals("STOCK-101", e.getCourse().getCode());
        assertThrows(BusinessException.class, () -> e.held(DAY));
        assertThrows(BusinessException.class, () -> e.close(true, "jefe", NOW));
        e.open();
        assertThrows(BusinessException.class, e::open);
        assertThrows(BusinessException.class, () -> e.held(DAY.minusDays(1)), "not before the first session");
        e.held(DAY);
        assertThrows(BusinessException.class, () -> e.cancel("lluvia", NOW), "a held edition cannot be cancelled");
        assertThrows(BusinessException.class, () -> e.close(false, "jefe", NOW), "attendance incomplete");
        e.close(true, "jefe", NOW);
        assertEquals(EditionStatus.CLOSED, e.getStatus());
        assertEquals("jefe", e.getClosedBy());
        assertThrows(BusinessException.class, () -> e.plan(e.getSessions(), null, 10, Set.of("x"), true, List.of()));
    }

    @Test
    @DisplayName("cancelling needs a reason and is possible only while scheduled or open")
    void cancel() {
        CourseEdition e = edition(10, DAY);
        assertThrows(InvalidInputException.class, () -> e.cancel(" ", NOW));
        e.cancel("El instructor está enfermo", NOW);
        assertEquals(EditionStatus.CANCELLED, e.getStatus());
        assertThrows(BusinessException.class, e::open);
    }

    @Test
    @DisplayName("sessions are sorted, must not overlap and end after they start; capacity and instructors are required")
    void planning() {
        CourseEdition e = edition(10, DAY.plusDays(2), DAY);
        assertEquals(DAY, e.getFirstDay());
        assertEquals(DAY.plusDays(2), e.getLastDay());
        assertEquals(8, e.teachingTime().toHours());
        assertThrows(InvalidInputException.class, () -> new EditionSession(DAY, LocalTime.of(10, 0), LocalTime.of(9, 0)));
        assertThrows(InvalidInputException.class, () -> e.plan(List.of(new EditionSession(DAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new EditionSession(DAY, LocalTime.of(11, 0), LocalTime.of(13, 0))), null, 10, Set.of("c"), true, List.of()));
        assertThrows(InvalidInputException.class, () -> e.plan(e.getSessions(), null, 0, Set.of("c"), true, List.of()));
        assertThrows(InvalidInputException.class, () -> e.plan(e.getSessions(), null, 5, Set.of(), true, List.of()));
        assertThrows(InvalidInputException.class, () -> e.plan(e.getSessions(), null, 5, Set.of("c"), false, List.of()));
        e.plan(e.getSessions(), null, 5, Set.of("c"), false, List.of(7L));
        assertTrue(e.admits(7L));
        assertFalse(e.admits(8L));
    }

    @Test
    @DisplayName("R5.2 attendance is taken while open or held for sessions begun; a closed register only takes corrections")
    void attendanceWindow() {
        CourseEdition e = edition(10, DAY, DAY.plusDays(7));
        assertThrows(BusinessException.class, () -> e.checkAttendance(1, DAY, false), "scheduled: no attendance yet");
        e.open();
        e.checkAttendance(1, DAY, false);
        assertThrows(BusinessException.class, () -> e.checkAttendance(2, DAY, false), "session 2 has not begun");
        assertThrows(InvalidInputException.class, () -> e.checkAttendance(3, DAY, false));
        assertThrows(BusinessException.class, () -> e.checkAttendance(1, DAY, true), "no corrections before closing");
        e.held(DAY);
        e.close(true, "jefe", NOW);
        BusinessException refused = assertThrows(BusinessException.class, () -> e.checkAttendance(1, DAY.plusDays(8), false));
        assertEquals("edition.registerClosed", refused.messageKey());
        e.checkAttendance(2, DAY.plusDays(8), true);
    }

    @Test
    @DisplayName("R5.1 a contact takes a seat or waits; the first waitlisted gets the freed seat")
    void waitingList() {
        CourseEdition e = edition(1, DAY);
        e.open();
        Registration ana = new Registration(e, contact("Ana"), "consultor", NOW);
        Registration beto = new Registration(e, contact("Beto"), "consultor", NOW);
        Registration caro = new Registration(e, contact("Caro"), "consultor", NOW);
        ana.accept(true, NOW);
        caro.accept(false, NOW.plusSeconds(5));
        beto.accept(false, NOW.plusSeconds(60));
        assertEquals(RegistrationStatus.REGISTERED, ana.getStatus());
        assertEquals(RegistrationStatus.WAITLISTED, beto.getStatus());
        assertSame(caro, Waitlist.firstInLine(List.of(ana, beto, caro)).orElseThrow(), "Caro waited longer than Beto");
        assertTrue(ana.decline(NOW.plusSeconds(120)), "a registered contact frees a seat");
        caro.promote(NOW.plusSeconds(120));
        assertEquals(RegistrationStatus.REGISTERED, caro.getStatus());
        assertEquals(NOW.plusSeconds(120), caro.getPromotedAt());
        assertSame(beto, Waitlist.firstInLine(List.of(ana, beto, caro)).orElseThrow());
        assertFalse(beto.decline(NOW), "a waitlisted contact frees nothing");
        assertTrue(Waitlist.firstInLine(List.of(ana, beto, caro)).isEmpty());
        assertThrows(BusinessException.class, () -> ana.promote(NOW), "only waitlisted contacts are promoted");
        assertThrows(BusinessException.class, () -> caro.accept(true, NOW), "already registered");
    }

    @Test
    @DisplayName("a contact of a client outside the audience, or inactive, cannot be invited; attendance blocks declining")
    void invitationRules() {
        CourseEdition e = new CourseEdition(course());
        e.plan(List.of(new EditionSession(DAY, LocalTime.of(9, 0), LocalTime.of(13, 0))), null, 5, Set.of("c"), false, List.of(99L));
        assertThrows(BusinessException.class, () -> new Registration(e, contact("Ana"), "c", NOW));
        CourseEdition open = edition(5, DAY);
        Contact gone = contact("Gone");
        gone.describe("Gone", null, null, null, false, false, Set.of(), false);
        assertThrows(BusinessException.class, () -> new Registration(open, gone, "c", NOW));
        Registration r = new Registration(open, contact("Ana"), "c", NOW);
        r.accept(true, NOW);
        r.attendance(1, NOW);
        assertThrows(BusinessException.class, () -> r.decline(NOW));
    }

    @Test
    @DisplayName("an inactive course has no new editions; course codes are normalised and validated")
    void courses() {
        Course c = course();
        c.describe("Stock", Set.of("STOCK"), null, 8, Modality.OFFICES, false);
        assertThrows(BusinessException.class, () -> new CourseEdition(c));
        assertThrows(InvalidInputException.class, () -> new Course("x"));
        assertThrows(InvalidInputException.class, () -> new Course("con espacios"));
        assertThrows(InvalidInputException.class, () -> c.describe("T", Set.of(), null, 0, Modality.REMOTE, true));
    }
}
