package app.vinculo.training;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ContactForm;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.Smtp;
import app.vinculo.testing.TestRecords;
import app.vinculo.testing.TrainingProbe;
import app.vinculo.training.boundary.CandidateRow;
import app.vinculo.training.boundary.CandidateSource;
import app.vinculo.training.boundary.CourseRow;
import app.vinculo.training.boundary.EditionForm;
import app.vinculo.training.boundary.EditionRow;
import app.vinculo.training.boundary.EditionService;
import app.vinculo.training.boundary.RegistrationService;
import app.vinculo.training.boundary.SessionForm;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §5 on a real Payara + Derby + GreenMail: invitations in the contact's language, RM4, the cancellation notice. */
@ExtendWith(ArquillianExtension.class)
class CourseMailsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("course-mails-it", CourseMailsIT.class, TrainingRecords.class, TrainingProbe.class));
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    ContactService contactService;

    @Inject
    ClientModuleService moduleService;

    @Inject
    EditionService editions;

    @Inject
    RegistrationService registrationService;

    @Inject
    TestRecords records;

    @Inject
    TrainingRecords courseRecords;

    @Inject
    TrainingProbe training;

    @Inject
    ReminderEngine engine;

    private LocalDate today() {
        return records.today();
    }

    @Test
    @DisplayName("invitations go once, in the contact's language, with the dates; a contact outside the audience is refused; the pickers find key users and interested clients")
    void invitations() throws Exception {
        String t = uid();
        String module = "M" + t.toUpperCase();
        training.module(module, "Módulo " + t);
        ClientDetail a = records.client("Invitados A " + t);
        ClientDetail b = records.client("Invitados B " + t);
        ContactRow ana = records.contact(a.id(), "Ana " + t, "ana" + t + "@example.com", "es");
        ContactRow bob = records.contact(b.id(), "Bob " + t, "bob" + t + "@example.com", "en");
        ContactForm keyUser = new ContactForm();
        keyUser.setName("Key " + t);
        keyUser.setEmail("key" + t + "@example.com");
        keyUser.setKeyUserOf(Set.of(module));
        ContactRow key = consultant.call(() -> contactService.addContact(a.id(), keyUser));
        consultant.run(() -> moduleService.setModule(b.id(), module, ModuleStatus.OF_INTEREST, null, null, "Quiere verlo"));
        CourseRow course = courseRecords.course("INV" + t, Set.of(module));
        assertFalse(course.syllabus().contains("script"), "the syllabus is sanitised: " + course.syllabus());
        EditionRow e = courseRecords.edition(course, 10, courseRecords.instructor(), today().plusDays(40), today().plusDays(41));

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
    @DisplayName("RM4 an edition starting in 7 and then 1 days e-mails its registered contacts and instructors once per threshold")
    void rm4() throws Exception {
        String t = uid();
        String instructor = courseRecords.instructor();
        ClientDetail c = records.client("Recordatorio curso " + t);
        ContactRow ana = records.contact(c.id(), "Ana " + t, "ana" + t + "@example.com", "es");
        CourseRow course = courseRecords.course("RM4" + t, Set.of());
        EditionRow e = courseRecords.edition(course, 5, instructor, today().plusDays(7));
        consultant.call(() -> registrationService.enrol(e.id(), ana.id()));
        try (Smtp smtp = Smtp.start()) {
            engine.run("test");
            engine.run("again");
            assertEquals(1, smtp.subjects(ana.email()).stream().filter(s -> s.contains("comienza")).count(),
                    smtp.subjects(ana.email()).toString());
            assertEquals(1, smtp.subjects(instructor + "@example.com").stream().filter(s -> s.contains("comienza")).count());
            // the edition moves to tomorrow: the 1-day reminder is due
            EditionRow current = consultant.call(() -> editions.find(e.id()));
            EditionForm f = current.toForm();
            f.getSessions().get(0).setDay(today().plusDays(1));
            consultant.call(() -> editions.update(e.id(), f));
            engine.run("test");
            engine.run("again");
            assertEquals(2, smtp.subjects(ana.email()).stream().filter(s -> s.contains("comienza")).count());
            assertEquals(2, smtp.subjects(instructor + "@example.com").stream().filter(s -> s.contains("comienza")).count());
        }
    }

    @Test
    @DisplayName("cancelling an edition tells its registered and waitlisted contacts once, and RM4 no longer reminds anyone of it")
    void cancellation() throws Exception {
        String t = uid();
        ClientDetail c = records.client("Cancelado " + t);
        ContactRow ana = records.contact(c.id(), "Ana " + t, "ana" + t + "@example.com", "es");
        ContactRow ben = records.contact(c.id(), "Ben " + t, "ben" + t + "@example.com", "en");
        ContactRow invitedOnly = records.contact(c.id(), "Inv " + t, "inv" + t + "@example.com", "es");
        EditionRow e = courseRecords.edition(courseRecords.course("CAN" + t, Set.of()), 1, courseRecords.instructor(), today().plusDays(7));
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
            assertEquals(1, smtp.subjects(ana.email()).stream().filter(s -> s.contains("Se canceló el curso")).count(),
                    smtp.subjects(ana.email()).toString());
            assertEquals(1, smtp.subjects(ben.email()).stream().filter(s -> s.contains("was cancelled")).count());
            assertTrue(smtp.subjects(invitedOnly.email()).stream().noneMatch(s -> s.contains("cancel")),
                    "only registered and waitlisted contacts are told");
            assertTrue(smtp.subjects(ana.email()).stream().noneMatch(s -> s.contains("comienza")), "no RM4 for a cancelled edition");
        }
    }
}
