package app.vinculo.testing;

import app.vinculo.platform.security.AppUser;
import app.vinculo.platform.security.Role;
import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.boundary.OutboxStore;
import app.vinculo.reminders.control.ReminderScanner;
import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.OutboxMessage;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.reminders.entity.ReminderPreference;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Test boundary: arranges records the reminder tests need and reads the outbox. */
@Stateless
@PermitAll
public class ReminderProbe {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    ReminderScanner scanner;

    @Inject
    OutboxStore store;

    public void createUser(String username, String email, String language) {
        AppUser user = new AppUser(username, "Persona " + username, email, "not-a-real-hash", Set.of(Role.CONSULTANT));
        user.changeLanguage(language);
        em.persist(user);
    }

    public List<OutboxMessage> rowsTo(String email) {
        return em.createQuery("select m from OutboxMessage m where m.recipientEmail = :e order by m.id", OutboxMessage.class)
                .setParameter("e", email).getResultList();
    }

    public void preferDigest(String username, int hour) {
        ReminderPreference p = new ReminderPreference(username);
        p.choose(Delivery.DIGEST, hour, EnumSet.noneOf(ReminderKind.class));
        em.persist(p);
    }

    public int record(List<Occurrence> occurrences, Instant now) {
        return store.record(scanner.rowsFor(occurrences, now));
    }
}
