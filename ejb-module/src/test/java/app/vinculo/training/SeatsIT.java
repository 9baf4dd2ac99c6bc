package app.vinculo.training;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.Smtp;
import app.vinculo.testing.TestRecords;
import app.vinculo.testing.TrainingProbe;
import app.vinculo.training.boundary.EditionForm;
import app.vinculo.training.boundary.EditionRow;
import app.vinculo.training.boundary.EditionService;
import app.vinculo.training.boundary.RegistrationRow;
import app.vinculo.training.boundary.RegistrationService;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R5.1 on a real Payara + Derby + GreenMail: seats under concurrency, the waiting list, capacity changes, accepting all in one transaction. */
@ExtendWith(ArquillianExtension.class)
class SeatsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("seats-it", SeatsIT.class, TrainingRecords.class, TrainingProbe.class));
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    EditionService editions;

    @Inject
    RegistrationService registrationService;

    @Inject
    jakarta.transaction.UserTransaction transaction;

    @Inject
    TestRecords records;

    @Inject
    TrainingRecords courseRecords;

    @Inject
    TrainingProbe training;

    @Inject
    ReminderEngine engine;

    @Resource
    ManagedExecutorService executor;

    private LocalDate today() {
        return records.today();
    }

    @Test
    @DisplayName("R5.1 ten concurrent registrations for three seats: three registered, seven waitlisted, never more; a freed seat goes to the first waitlisted, who is told")
    void capacityUnderConcurrency() throws Exception {
        String t = uid();
        ClientDetail c = records.client("Capacidad " + t);
        List<Long> contacts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            contacts.add(records.contact(c.id(), "Persona " + i + " " + t, "p" + i + t + "@example.com", "es").id());
        }
        EditionRow e = courseRecords.edition(courseRecords.course("CAP" + t, Set.of()), 3, courseRecords.instructor(), today().plusDays(30));
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
            assertEquals(1, smtp.subjects(firstWaiting.email()).stream().filter(s -> s.contains("Tenés lugar")).count(),
                    smtp.subjects(firstWaiting.email()).toString());
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
        String t = uid();
        ClientDetail c = records.client("Todos " + t);
        List<Long> contacts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            contacts.add(records.contact(c.id(), "Invitado " + i + " " + t, "all" + i + t + "@example.com", "es").id());
        }
        EditionRow e = courseRecords.edition(courseRecords.course("ALL" + t, Set.of()), 2, courseRecords.instructor(), today().plusDays(30));
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
}
