package app.vinculo.it;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientForm;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ContactForm;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.audit.AuditFilter;
import app.vinculo.platform.audit.AuditService;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.timeline.TimelineSource;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.training.boundary.CandidateRow;
import app.vinculo.training.boundary.CandidateSource;
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
import app.vinculo.training.boundary.SessionForm;
import app.vinculo.training.entity.AttendanceMark;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.Modality;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §5 on a real Payara + Derby + GreenMail: R5.1 under concurrency, R5.2, R5.3, RM4, invitations, roles. */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("training-it", TrainingIT.class, GateProbe.class,
                TrainingProbe.class));
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
    ClientService clients;

    @Inject
    ContactService contactService;

    @Inject
    ClientModuleService moduleService;

    @Inject
    CourseService courses;

    @Inject
    EditionService editions;

    @Inject
    jakarta.transaction.UserTransaction transaction;

    @Inject
    RegistrationService registrationService;

    @Inject
    RcuService rcu;

    @Inject
    AuditService audit;

    @Inject
    ReminderEngine engine;

    @Inject
    GateProbe probe;

    @Inject
    TrainingProbe training;

    @Inject
    Instance<TimelineSource> timelines;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ClientDetail client(String name) throws Exception {
        ClientForm f = new ClientForm();
        f.setLegalName(name);
        f.setTaxIdKind(TaxId.Kind.CUIT);
        f.setTaxId(TaxId.cuitFor("30", (int) (System.nanoTime() % 90_000_000) + SEQ.incrementAndGet() * 7919));
        return consultant.call(() -> clients.create(f));
    }

    private ContactRow contact(long clientId, String name, String email, String language) throws Exception {
        ContactForm f = new ContactForm();
        f.setName(name);
        f.setEmail(email);
        f.setLanguage(language);
        return consultant.call(() -> contactService.addContact(clientId, f));
    }

    private CourseRow course(String code, Set<String> modules) throws Exception {
        CourseForm f = new CourseForm();
        f.setCode(code);
        f.setTitle("Curso " + code);
        f.setModules(modules);
        f.setDurationHours(8);
        f.setModality(Modality.OFFICES);
        f.setSyllabus("<p>Temario</p><script>alert(1)</script>");
        return head.call(() -> courses.create(f));
    }

    private EditionRow edition(CourseRow course, int capacity, String instructor, LocalDate... days) throws Exception {
        EditionForm f = new EditionForm();
        f.setCourseId(course.id());
        for (LocalDate d : days) {
            f.getSessions().add(new SessionForm(d, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        }
        f.setPlace("Sala 1");
        f.setCapacity(capacity);
        f.setInstructors(Set.of(instructor));
        EditionRow created = consultant.call(() -> editions.create(f));
        return consultant.call(() -> editions.open(created.id(), created.version()));
    }

    private String instructor() {
        String user = "ins" + tag();
        probe.createStaff(user, user + "@example.com", Role.CONSULTANT);
        return user;
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                return "";
            }
        }).toList();
    }

    @Test
    @DisplayName("R5.1 ten concurrent registrations for three seats: three registered, seven waitlisted, never more; a freed seat goes to the first waitlisted, who is told")
    void capacityUnderConcurrency() throws Exception {
        String t = tag();
        ClientDetail c = client("Capacidad " + t);
        List<Long> contacts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            contacts.add(contact(c.id(), "Persona " + i + " " + t, "p" + i + t + "@example.com", "es").id());
        }
        EditionRow e = edition(course("CAP" + t, Set.of()), 3, instructor(), today().plusDays(30));
        List<Future<RegistrationRow>> futures = new ArrayList<>();
        for (Long id : contacts) {
            futures.add(executor.submit(() -> consultant.call(() -> registrationService.enrol(e.id(), id))));
        }
        int failed = 0;
        for (Future<RegistrationRow> f : futures) {
            try {
                f.get();
            } catch (Exception ex) {
                failed++;
            }
        }
        List<RegistrationRow> regs = consultant.call(() -> registrationService.registrations(e.id()));
        long registered = regs.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).count();
        assertEquals(3, registered, regs.toString());
        assertEquals(3, training.seatsTaken(e.id()));
        assertEquals(10 - failed - 3, regs.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count());
        assertTrue(failed <= 2, "at most a couple of registrations may lose a race and be retried: " + failed);
        assertEquals(3, consultant.call(() -> editions.find(e.id())).seatsTaken());

        RegistrationRow firstWaiting = regs.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .min(java.util.Comparator.comparing(RegistrationRow::waitlistedAt).thenComparing(RegistrationRow::id)).orElseThrow();
        RegistrationRow leaving = regs.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).findFirst().orElseThrow();
        try (Smtp smtp = Smtp.start()) {
            consultant.call(() -> registrationService.decline(leaving.id(), leaving.version()));
            Map<Long, RegistrationStatus> after = new java.util.HashMap<>();
            consultant.call(() -> registrationService.registrations(e.id())).forEach(r -> after.put(r.id(), r.status()));
            assertEquals(RegistrationStatus.DECLINED, after.get(leaving.id()));
            assertEquals(RegistrationStatus.REGISTERED, after.get(firstWaiting.id()), "the first waitlisted took the seat");
            assertEquals(3, training.seatsTaken(e.id()));
            engine.run("test");
            engine.run("again");
            assertEquals(1, subjects(smtp.to(firstWaiting.email())).stream().filter(s -> s.contains("Tenés lugar")).count(),
                    subjects(smtp.to(firstWaiting.email())).toString());
        }
        // a lower capacity than the seats taken is refused
        EditionRow now = consultant.call(() -> editions.find(e.id()));
        EditionForm smaller = now.toForm();
        smaller.setCapacity(2);
        BusinessException refused = assertThrows(BusinessException.class, () -> consultant.call(() -> editions.update(e.id(), smaller)));
        assertEquals("edition.capacityBelowRegistered", refused.messageKey());
        // a larger one gives the new seats to the waiting list, in order
        EditionForm larger = now.toForm();
        larger.setCapacity(5);
        EditionRow grown = consultant.call(() -> editions.update(e.id(), larger));
        assertEquals(5, grown.seatsTaken());
        assertEquals(5, training.seatsTaken(e.id()));
    }

    @Test
    @DisplayName("R5.1 accepting all pending invitations is one boundary call in one transaction: seats in invitation order, then the waiting list; rolled back, nothing changed")
    void acceptAllInOneTransaction() throws Exception {
        String t = tag();
        ClientDetail c = client("Todos " + t);
        List<Long> contacts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            contacts.add(contact(c.id(), "Invitado " + i + " " + t, "all" + i + t + "@example.com", "es").id());
        }
        EditionRow e = edition(course("ALL" + t, Set.of()), 2, instructor(), today().plusDays(30));
        for (Long id : contacts) {
            consultant.call(() -> registrationService.invite(e.id(), List.of(id)));
        }

        transaction.begin();
        RegistrationService.AcceptedAll inside = consultant.call(() -> registrationService.acceptAll(e.id()));
        transaction.rollback();
        assertEquals(2, inside.registered());
        assertTrue(consultant.call(() -> registrationService.registrations(e.id())).stream()
                .allMatch(r -> r.status() == RegistrationStatus.INVITED), "every registration joined the caller's one transaction");
        assertEquals(0, training.seatsTaken(e.id()));

        RegistrationService.AcceptedAll done = consultant.call(() -> registrationService.acceptAll(e.id()));
        assertEquals(2, done.registered());
        assertEquals(2, done.waitlisted());
        Map<Long, RegistrationStatus> byContact = new java.util.HashMap<>();
        consultant.call(() -> registrationService.registrations(e.id())).forEach(r -> byContact.put(r.contactId(), r.status()));
        assertEquals(List.of(RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.WAITLISTED), contacts.stream().map(byContact::get).toList(), "first invited, first seated");
        assertEquals(2, training.seatsTaken(e.id()));
    }

    @Test
    @DisplayName("invitations go once, in the contact's language, with the dates; a contact outside the audience is refused; the pickers find key users and interested clients")
    void invitations() throws Exception {
        String t = tag();
        String module = "M" + t.toUpperCase();
        training.module(module, "Módulo " + t);
        ClientDetail a = client("Invitados A " + t);
        ClientDetail b = client("Invitados B " + t);
        ContactRow ana = contact(a.id(), "Ana " + t, "ana" + t + "@example.com", "es");
        ContactRow bob = contact(b.id(), "Bob " + t, "bob" + t + "@example.com", "en");
        ContactForm keyUser = new ContactForm();
        keyUser.setName("Key " + t);
        keyUser.setEmail("key" + t + "@example.com");
        keyUser.setKeyUserOf(Set.of(module));
        ContactRow key = consultant.call(() -> contactService.addContact(a.id(), keyUser));
        consultant.run(() -> moduleService.setModule(b.id(), module, ModuleStatus.OF_INTEREST, null, null, "Quiere verlo"));
        CourseRow course = course("INV" + t, Set.of(module));
        assertFalse(course.syllabus().contains("script"), "the syllabus is sanitised: " + course.syllabus());
        EditionRow e = edition(course, 10, instructor(), today().plusDays(40), today().plusDays(41));

        assertEquals(List.of(key.id()), consultant.call(() -> registrationService.candidates(e.id(), CandidateSource.KEY_USERS, null))
                .stream().map(CandidateRow::contactId).toList());
        assertEquals(List.of(bob.id()), consultant.call(() -> registrationService.candidates(e.id(), CandidateSource.INTERESTED_CLIENTS, null))
                .stream().map(CandidateRow::contactId).toList());
        assertEquals(2, consultant.call(() -> registrationService.candidates(e.id(), CandidateSource.CLIENT, a.id())).size());

        try (Smtp smtp = Smtp.start()) {
            assertEquals(2, consultant.call(() -> registrationService.invite(e.id(), List.of(ana.id(), bob.id()))));
            assertEquals(0, consultant.call(() -> registrationService.invite(e.id(), List.of(ana.id()))), "already invited: skipped");
            engine.run("test");
            engine.run("again");
            List<MimeMessage> toAna = smtp.to(ana.email());
            List<MimeMessage> toBob = smtp.to(bob.email());
            assertEquals(1, toAna.size());
            assertEquals(1, toBob.size());
            assertTrue(toAna.get(0).getSubject().contains("Invitación al curso Curso INV" + t), toAna.get(0).getSubject());
            assertTrue(toBob.get(0).getSubject().contains("Invitation to the course"), toBob.get(0).getSubject());
            String body = Smtp.body(toAna.get(0));
            assertTrue(body.contains(app.vinculo.platform.i18n.Dates.format(today().plusDays(41))), body);
            assertFalse(body.contains("Abrir en Vínculo"), "no portal link for a client contact");
        }

        // an edition only for client A refuses B's contacts
        EditionForm onlyA = new EditionForm();
        onlyA.setCourseId(course.id());
        onlyA.getSessions().add(new SessionForm(today().plusDays(50), LocalTime.of(9, 0), LocalTime.of(12, 0)));
        onlyA.setCapacity(5);
        onlyA.setInstructors(e.instructors());
        onlyA.setOpenToAll(false);
        onlyA.setAudienceClientIds(Set.of(a.id()));
        EditionRow specific = consultant.call(() -> editions.create(onlyA));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> consultant.call(() -> registrationService.invite(specific.id(), List.of(bob.id()))));
        assertEquals("registration.notInAudience", refused.messageKey());
        assertThrows(InvalidInputException.class, () -> consultant.call(() -> registrationService.invite(specific.id(), List.of())));
    }

    @Test
    @DisplayName("R5.2 attendance per session, closing needs a complete register, a closed register refuses changes; the Implementation Head corrects it with a reason, audited; RCU report and certificate")
    void registerClosed() throws Exception {
        String t = tag();
        ClientDetail c = client("Registro " + t);
        ContactRow ana = contact(c.id(), "Ana " + t, "ana" + t + "@example.com", "es");
        ContactRow beto = contact(c.id(), "Beto " + t, "beto" + t + "@example.com", "es");
        EditionRow e = edition(course("REG" + t, Set.of()), 5, instructor(), today());
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
        String t = tag();
        String module = "S" + t.toUpperCase();
        training.module(module, "Sugerido " + t);
        List<ClientDetail> three = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ClientDetail c = client("Sugerencia " + i + " " + t);
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

        CourseRow course = course("SUG" + t, Set.of(module));
        assertTrue(head.call(() -> rcu.suggestions()).stream().filter(x -> x.moduleCode().equals(module)).findFirst()
                .orElseThrow().courses().stream().anyMatch(cc -> cc.courseId().equals(course.id())), "the course covering it is offered");
        edition(course, 10, instructor(), today().plusDays(20));
        assertFalse(head.call(() -> rcu.suggestions()).stream().anyMatch(x -> x.moduleCode().equals(module)),
                "an upcoming edition covers it now");
    }

    @Test
    @DisplayName("RM4 an edition starting in 7 and then 1 days e-mails its registered contacts and instructors once per threshold")
    void rm4() throws Exception {
        String t = tag();
        String instructor = instructor();
        ClientDetail c = client("Recordatorio curso " + t);
        ContactRow ana = contact(c.id(), "Ana " + t, "ana" + t + "@example.com", "es");
        CourseRow course = course("RM4" + t, Set.of());
        EditionRow e = edition(course, 5, instructor, today().plusDays(7));
        consultant.call(() -> registrationService.enrol(e.id(), ana.id()));
        try (Smtp smtp = Smtp.start()) {
            engine.run("test");
            engine.run("again");
            assertEquals(1, subjects(smtp.to(ana.email())).stream().filter(s -> s.contains("comienza")).count(),
                    subjects(smtp.to(ana.email())).toString());
            assertEquals(1, subjects(smtp.to(instructor + "@example.com")).stream().filter(s -> s.contains("comienza")).count());
            // the edition moves to tomorrow: the 1-day reminder is due
            EditionRow current = consultant.call(() -> editions.find(e.id()));
            EditionForm f = current.toForm();
            f.getSessions().get(0).setDay(today().plusDays(1));
            consultant.call(() -> editions.update(e.id(), f));
            engine.run("test");
            engine.run("again");
            assertEquals(2, subjects(smtp.to(ana.email())).stream().filter(s -> s.contains("comienza")).count());
            assertEquals(2, subjects(smtp.to(instructor + "@example.com")).stream().filter(s -> s.contains("comienza")).count());
        }
    }

    @Test
    @DisplayName("cancelling an edition tells its registered and waitlisted contacts once, and RM4 no longer reminds anyone of it")
    void cancellation() throws Exception {
        String t = tag();
        ClientDetail c = client("Cancelado " + t);
        ContactRow ana = contact(c.id(), "Ana " + t, "ana" + t + "@example.com", "es");
        ContactRow ben = contact(c.id(), "Ben " + t, "ben" + t + "@example.com", "en");
        ContactRow invitedOnly = contact(c.id(), "Inv " + t, "inv" + t + "@example.com", "es");
        EditionRow e = edition(course("CAN" + t, Set.of()), 1, instructor(), today().plusDays(7));
        consultant.call(() -> registrationService.enrol(e.id(), ana.id()));
        assertEquals(RegistrationStatus.WAITLISTED, consultant.call(() -> registrationService.enrol(e.id(), ben.id())).status());
        consultant.call(() -> registrationService.invite(e.id(), List.of(invitedOnly.id())));
        EditionRow current = consultant.call(() -> editions.find(e.id()));
        assertThrows(InvalidInputException.class, () -> consultant.call(() -> editions.cancel(e.id(), current.version(), " ")));
        EditionRow cancelled = consultant.call(() -> editions.cancel(e.id(), current.version(), "El instructor está enfermo"));
        assertEquals(EditionStatus.CANCELLED, cancelled.status());
        try (Smtp smtp = Smtp.start()) {
            engine.run("test");
            engine.run("again");
            assertEquals(1, subjects(smtp.to(ana.email())).stream().filter(s -> s.contains("Se canceló el curso")).count(),
                    subjects(smtp.to(ana.email())).toString());
            assertEquals(1, subjects(smtp.to(ben.email())).stream().filter(s -> s.contains("was cancelled")).count());
            assertTrue(subjects(smtp.to(invitedOnly.email())).stream().noneMatch(s -> s.contains("cancel")),
                    "only registered and waitlisted contacts are told");
            assertTrue(subjects(smtp.to(ana.email())).stream().noneMatch(s -> s.contains("comienza")), "no RM4 for a cancelled edition");
        }
    }

    @Test
    @DisplayName("roles: only the Implementation Head keeps the catalogue; an auditor reads but plans nothing; unknown ids are 'not found'")
    void roles() throws Exception {
        CourseForm f = new CourseForm();
        f.setCode("ROL" + tag());
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
