package app.vinculo.training;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.platform.audit.AuditFilter;
import app.vinculo.platform.audit.AuditService;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.timeline.TimelineSource;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.TestRecords;
import app.vinculo.testing.TrainingProbe;
import app.vinculo.training.boundary.CertificateData;
import app.vinculo.training.boundary.CourseForm;
import app.vinculo.training.boundary.CourseRow;
import app.vinculo.training.boundary.CourseService;
import app.vinculo.training.boundary.CourseSuggestion;
import app.vinculo.training.boundary.EditionForm;
import app.vinculo.training.boundary.EditionRow;
import app.vinculo.training.boundary.EditionService;
import app.vinculo.training.boundary.RcuReport;
import app.vinculo.training.boundary.RcuService;
import app.vinculo.training.boundary.RegistrationRow;
import app.vinculo.training.boundary.RegistrationService;
import app.vinculo.training.entity.AttendanceMark;
import app.vinculo.training.entity.EditionStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §5 on a real Payara + Derby: the closed attendance register (R5.2), RCU report and certificate, suggested courses (R5.3), roles. */
@ExtendWith(ArquillianExtension.class)
class CoursesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("courses-it", CoursesIT.class, TrainingRecords.class, TrainingProbe.class));
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    Callers.AsAuditor auditor;

    @Inject
    Callers.AsAdmin admin;

    @Inject
    ClientModuleService moduleService;

    @Inject
    CourseService courses;

    @Inject
    EditionService editions;

    @Inject
    RegistrationService registrationService;

    @Inject
    RcuService rcu;

    @Inject
    AuditService audit;

    @Inject
    Instance<TimelineSource> timelines;

    @Inject
    TestRecords records;

    @Inject
    TrainingRecords courseRecords;

    @Inject
    TrainingProbe training;

    private LocalDate today() {
        return records.today();
    }

    @Test
    @DisplayName("R5.2 attendance per session, closing needs a complete register, a closed register refuses changes; the Implementation Head corrects it with a reason, audited; RCU report and certificate")
    void registerClosed() throws Exception {
        String t = uid();
        ClientDetail c = records.client("Registro " + t);
        ContactRow ana = records.contact(c.id(), "Ana " + t, "ana" + t + "@example.com", "es");
        ContactRow beto = records.contact(c.id(), "Beto " + t, "beto" + t + "@example.com", "es");
        EditionRow e = courseRecords.edition(courseRecords.course("REG" + t, Set.of()), 5, courseRecords.instructor(), today());
        RegistrationRow ra = consultant.call(() -> registrationService.enrol(e.id(), ana.id()));
        RegistrationRow rb = consultant.call(() -> registrationService.enrol(e.id(), beto.id()));
        consultant.run(() -> registrationService.mark(e.id(), 1, Map.of(ra.id(), AttendanceMark.ATTENDED)));
        EditionRow held = consultant.call(() -> editions.held(e.id(), consultant.call(() -> editions.find(e.id())).version()));
        BusinessException incomplete = assertThrows(BusinessException.class, () -> consultant.call(() -> editions.close(held.id(), held.version())));
        assertEquals("edition.attendanceIncomplete", incomplete.messageKey());
        consultant.run(() -> registrationService.mark(e.id(), 1, Map.of(rb.id(), AttendanceMark.ABSENT)));
        EditionRow closed = consultant.call(() -> editions.close(held.id(), held.version()));
        assertEquals(EditionStatus.CLOSED, closed.status());

        BusinessException frozen = assertThrows(BusinessException.class,
                () -> consultant.run(() -> registrationService.mark(e.id(), 1, Map.of(rb.id(), AttendanceMark.ATTENDED))));
        assertEquals("edition.registerClosed", frozen.messageKey());
        assertThrows(BusinessException.class, () -> head.run(() -> registrationService.mark(e.id(), 1, Map.of(rb.id(), AttendanceMark.ATTENDED))),
                "not even the Implementation Head marks a closed register without the correction");
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> registrationService.correct(rb.id(), 1, AttendanceMark.ATTENDED, "Llegó tarde")));
        assertThrows(InvalidInputException.class, () -> head.call(() -> registrationService.correct(rb.id(), 1, AttendanceMark.ATTENDED, " ")));
        assertEquals(Map.of(1, AttendanceMark.ABSENT), consultant.call(() -> registrationService.registrations(e.id())).stream()
                .filter(r -> r.id().equals(rb.id())).findFirst().orElseThrow().marks(), "nothing changed");

        RegistrationRow corrected = head.call(() -> registrationService.correct(rb.id(), 1, AttendanceMark.ATTENDED, "Firmó la planilla tarde"));
        assertEquals(1, corrected.attendedSessions());
        assertTrue(auditor.call(() -> audit.page(new AuditFilter(null, "Attendance", null, null, null, null), 0, 500)).stream()
                .anyMatch(r -> "correctionReason".equals(r.field()) && "Firmó la planilla tarde".equals(r.newValue())
                        && "IMPLEMENTATION_HEAD".equals(r.actor())), "the correction is in the audit trail");

        // RCU report and certificate
        RcuReport report = consultant.call(() -> rcu.report(today().minusDays(1), today()));
        RcuReport.Edition line = report.editions().stream().filter(l -> l.editionId().equals(e.id())).findFirst().orElseThrow();
        assertEquals(2, line.registered());
        assertEquals(2, line.attendees());
        assertEquals(new BigDecimal("100.0"), line.rate());
        assertEquals(new BigDecimal("4.0"), line.hours());
        assertTrue(report.clients().stream().anyMatch(l -> l.clientId().equals(c.id()) && l.attendees() == 2));
        CertificateData cert = consultant.call(() -> rcu.certificate(ra.id()));
        assertEquals("Ana " + t, cert.contactName());
        assertThrows(InvalidInputException.class, () -> consultant.call(() -> rcu.report(today(), today().minusDays(1))));

        // the course attended is on the client's timeline and counts as a contact
        assertTrue(timelines.stream().flatMap(s -> s.entries(c.id(), Instant.now().plusSeconds(86_400), 20).stream())
                .anyMatch(en -> en.kind().equals("COURSE") && en.arguments().contains("Ana " + t)));
        assertNotNull(training.lastContact(c.id()));
    }

    @Test
    @DisplayName("R5.3 a module of interest, in requirements or visit topics of three clients with no upcoming edition is suggested; an upcoming edition removes it")
    void suggestions() throws Exception {
        String t = uid();
        String module = "S" + t.toUpperCase();
        training.module(module, "Sugerido " + t);
        List<ClientDetail> three = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ClientDetail c = records.client("Sugerencia " + i + " " + t);
            three.add(c);
            consultant.run(() -> moduleService.setModule(c.id(), module, ModuleStatus.OF_INTEREST, null, null, null));
        }
        String lonely = "L" + t.toUpperCase();
        training.module(lonely, "Solo " + t);
        ClientDetail one = three.get(0);
        consultant.run(() -> moduleService.setModule(one.id(), lonely, ModuleStatus.OF_INTEREST, null, null, null));

        List<CourseSuggestion> found = head.call(() -> rcu.suggestions());
        CourseSuggestion s = found.stream().filter(x -> x.moduleCode().equals(module)).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(Set.copyOf(three.stream().map(ClientDetail::id).toList()), Set.copyOf(s.clientIds()));
        assertFalse(found.stream().anyMatch(x -> x.moduleCode().equals(lonely)), "one client is not enough");

        CourseRow course = courseRecords.course("SUG" + t, Set.of(module));
        assertTrue(head.call(() -> rcu.suggestions()).stream().filter(x -> x.moduleCode().equals(module)).findFirst()
                .orElseThrow().courses().stream().anyMatch(cc -> cc.courseId().equals(course.id())), "the course covering it is offered");
        courseRecords.edition(course, 10, courseRecords.instructor(), today().plusDays(20));
        assertFalse(head.call(() -> rcu.suggestions()).stream().anyMatch(x -> x.moduleCode().equals(module)),
                "an upcoming edition covers it now");
    }

    @Test
    @DisplayName("roles: only the Implementation Head keeps the catalogue; an auditor reads but plans nothing; unknown ids are 'not found'")
    void roles() throws Exception {
        CourseForm f = new CourseForm();
        f.setCode("ROL" + uid());
        f.setTitle("Roles");
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> courses.create(f)));
        assertThrows(EJBAccessException.class, () -> auditor.call(() -> editions.create(new EditionForm())));
        assertThrows(EJBAccessException.class, () -> admin.call(() -> editions.find(1L)));
        assertThrows(app.vinculo.platform.error.NotFoundException.class, () -> auditor.call(() -> editions.find(-5L)));
        f.setModules(Set.of("NO-SUCH-MODULE"));
        assertEquals("module.unknown", assertThrows(BusinessException.class, () -> head.call(() -> courses.create(f)))
                .messageKey(), "a course names only catalogue modules");
        f.setModules(Set.of());
        CourseRow created = head.call(() -> courses.create(f));
        BusinessException taken = assertThrows(BusinessException.class, () -> head.call(() -> courses.create(f)));
        assertEquals("course.codeTaken", taken.messageKey());
        assertEquals(created.id(), auditor.call(() -> courses.find(created.id())).id());
    }
}
