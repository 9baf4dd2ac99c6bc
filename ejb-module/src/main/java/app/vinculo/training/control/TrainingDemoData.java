package app.vinculo.training.control;

import app.vinculo.clients.entity.Contact;
import app.vinculo.platform.demo.DemoData;
import app.vinculo.platform.html.RichText;
import app.vinculo.training.entity.Attendance;
import app.vinculo.training.entity.AttendanceMark;
import app.vinculo.training.entity.Course;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionSession;
import app.vinculo.training.entity.Modality;
import app.vinculo.training.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Demo: a catalogue of ten courses of the ERP's modules, two past closed editions with their attendance register, one
 * held edition waiting for its register to be closed, and upcoming open editions with registrations (one starts in
 * seven days, for RM4).
 */
@ApplicationScoped
public class TrainingDemoData implements DemoData {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        if (!em.createQuery("select c.id from Course c", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Course intro = course("INTRO-100", "Introducción al sistema para usuarios nuevos", Set.of("VENTAS", "COMPRAS", "STOCK"), 8,
                Modality.OFFICES, "<p>Navegación, consultas y reportes básicos.</p><ul><li>Menús y búsquedas</li><li>Reportes</li></ul>");
        Course ventas = course("VENTAS-101", "Ventas: del pedido a la factura", Set.of("VENTAS"), 12, Modality.OFFICES,
                "<p>Pedidos, remitos, facturación electrónica y cuentas corrientes.</p>");
        course("COMPRAS-101", "Compras y proveedores", Set.of("COMPRAS"), 8, Modality.REMOTE,
                "<p>Órdenes de compra, recepción y cuentas a pagar.</p>");
        Course stock = course("STOCK-101", "Stock: depósitos e inventarios", Set.of("STOCK"), 8, Modality.AT_CLIENT,
                "<p>Depósitos, movimientos, inventario físico y valorización.</p>");
        Course contab = course("CONTAB-201", "Cierre contable y balances", Set.of("CONTAB"), 16, Modality.OFFICES,
                "<p>Asientos automáticos, cierre de ejercicio y balances.</p>");
        course("SUELDOS-101", "Liquidación de sueldos", Set.of("SUELDOS"), 12, Modality.OFFICES,
                "<p>Conceptos, novedades, liquidación y recibos.</p>");
        Course teso = course("TESO-101", "Tesorería y conciliación bancaria", Set.of("TESORERIA"), 8, Modality.REMOTE,
                "<p>Cajas, bancos, valores y conciliación.</p>");
        course("PROD-101", "Producción: órdenes y costos", Set.of("PRODUCCION"), 16, Modality.AT_CLIENT,
                "<p>Fórmulas, órdenes de producción y costeo.</p>");
        course("CRM-101", "CRM: oportunidades y seguimiento", Set.of("CRM"), 6, Modality.REMOTE,
                "<p>Cuentas, oportunidades, actividades y embudo de ventas.</p>");
        course("TABLERO-101", "Tablero de control para gerentes", Set.of("TABLERO"), 4, Modality.OFFICES,
                "<p>Indicadores, tableros y alertas.</p>");

        List<Contact> contacts = em.createQuery("select c from Contact c join fetch c.client cl where c.active = :yes "
                + "and cl.active = :yes order by cl.id, c.id", Contact.class).setParameter("yes", Boolean.TRUE)
                .setMaxResults(40).getResultList();
        if (contacts.size() < 8) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        closed(ventas, List.of(today.minusDays(60), today.minusDays(59)), contacts.subList(0, 6), "consultor");
        closed(contab, List.of(today.minusDays(35), today.minusDays(34)), contacts.subList(3, 9), "jefe");
        CourseEdition held = edition(intro, List.of(today.minusDays(2)), 12, "consultor", "Oficinas de Implementación, sala 2");
        held.open();
        List<Registration> heldRegs = register(held, contacts.subList(1, 5));
        held.held(today);
        for (Registration r : heldRegs.subList(0, 2)) {
            mark(r, 1, AttendanceMark.ATTENDED);
        }
        CourseEdition soon = edition(stock, List.of(today.plusDays(7), today.plusDays(8)), 4, "consultor", "En el cliente");
        soon.open();
        register(soon, contacts.subList(0, 3));
        CourseEdition later = edition(teso, List.of(today.plusDays(21)), 10, "jefe", "Videollamada");
        later.open();
        register(later, contacts.subList(5, 8));
        edition(intro, List.of(today.plusDays(35), today.plusDays(36)), 15, "consultor", "Oficinas de Implementación, sala 1");
        em.flush();
        // seats taken = registered contacts (counted first: EclipseLink writes a correlated sub-select in an UPDATE as
        // SQL Derby refuses)
        for (CourseEdition e : em.createQuery("select e from CourseEdition e", CourseEdition.class).getResultList()) {
            long taken = em.createQuery("select count(r) from Registration r where r.edition = :e and r.status = :s", Long.class)
                    .setParameter("e", e).setParameter("s", app.vinculo.training.entity.RegistrationStatus.REGISTERED)
                    .getSingleResult();
            em.createQuery("update CourseEdition e set e.seatsTaken = :n where e.id = :id")
                    .setParameter("n", (int) taken).setParameter("id", e.getId()).executeUpdate();
        }
    }

    private Course course(String code, String title, Set<String> modules, int hours, Modality modality, String syllabus) {
        Course c = new Course(code);
        c.describe(title, modules, RichText.clean(syllabus), hours, modality, true);
        em.persist(c);
        return c;
    }

    private CourseEdition edition(Course course, List<LocalDate> days, int capacity, String instructor, String place) {
        CourseEdition e = new CourseEdition(course);
        List<EditionSession> sessions = days.stream().map(d -> new EditionSession(d, LocalTime.of(9, 0), LocalTime.of(13, 0))).toList();
        e.plan(sessions, place, capacity, Set.of(instructor), true, List.of());
        em.persist(e);
        return e;
    }

    private List<Registration> register(CourseEdition e, List<Contact> contacts) {
        List<Registration> out = new ArrayList<>();
        Instant invited = e.getFirstDay().minusDays(14).atStartOfDay(clock.getZone()).toInstant();
        for (Contact c : contacts) {
            Registration r = new Registration(e, c, e.getInstructors().iterator().next(), invited);
            r.accept(true, invited.plusSeconds(86_400));
            em.persist(r);
            out.add(r);
        }
        return out;
    }

    private void closed(Course course, List<LocalDate> days, List<Contact> contacts, String instructor) {
        CourseEdition e = edition(course, days, 10, instructor, "Oficinas de Implementación, sala 1");
        e.open();
        List<Registration> regs = register(e, contacts);
        e.held(days.get(0));
        for (int i = 0; i < regs.size(); i++) {
            for (int s = 1; s <= days.size(); s++) {
                mark(regs.get(i), s, (i + s) % 5 == 0 ? AttendanceMark.ABSENT : AttendanceMark.ATTENDED);
            }
        }
        e.close(true, "jefe", days.get(days.size() - 1).plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private void mark(Registration r, int session, AttendanceMark mark) {
        Attendance a = new Attendance(r, session);
        EditionSession s = r.getEdition().getSessions().get(session - 1);
        Instant at = s.startsAt(clock.getZone());
        a.mark(mark, r.getEdition().getInstructors().iterator().next(), at);
        em.persist(a);
        if (mark == AttendanceMark.ATTENDED) {
            r.attendance(r.getAttendedSessions() + 1, r.getLastAttendedAt() == null || at.isAfter(r.getLastAttendedAt())
                    ? at : r.getLastAttendedAt());
            r.getClient().contacted(at);
        }
    }
}
