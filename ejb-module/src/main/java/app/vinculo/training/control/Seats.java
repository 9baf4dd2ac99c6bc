package app.vinculo.training.control;

import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.Registration;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * R5.1, the seats of an edition: never more registrations than the capacity, and a freed seat goes to the first
 * waitlisted contact. A seat is taken by one conditional UPDATE ({@code SEATS_TAKEN < CAPACITY}), so concurrent
 * registrations queue on the row lock and the second sees the first one's seat.
 */
@ApplicationScoped
public class Seats {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Clock clock;

    /** Takes a seat if one is free; false means the contact goes to the waiting list. */
    public boolean take(CourseEdition e) {
        return em.createQuery("update CourseEdition e set e.seatsTaken = e.seatsTaken + 1 "
                        + "where e.id = :id and e.seatsTaken < e.capacity")
                .setParameter("id", e.getId()).executeUpdate() == 1;
    }

    /** A registered contact left: the first waitlisted contact takes the seat, or the seat becomes free. */
    public void free(CourseEdition e) {
        Registration next = Waitlist.firstInLine(em.createQuery("select r from Registration r where r.edition = :e "
                        + "and r.status = :w order by r.waitlistedAt, r.id", Registration.class)
                .setParameter("e", e).setParameter("w", RegistrationStatus.WAITLISTED).setMaxResults(1).getResultList())
                .orElse(null);
        if (next != null) {
            next.promote(clock.instant());
        } else {
            em.createQuery("update CourseEdition e set e.seatsTaken = e.seatsTaken - 1 where e.id = :id and e.seatsTaken > 0")
                    .setParameter("id", e.getId()).executeUpdate();
        }
    }

    /** After the capacity grew: waitlisted contacts take the new seats, first come first served. */
    public void promoteWhileSeats(CourseEdition e) {
        List<Registration> waiting = em.createQuery("select r from Registration r where r.edition = :e and r.status = :w "
                + "order by r.waitlistedAt, r.id", Registration.class).setParameter("e", e)
                .setParameter("w", RegistrationStatus.WAITLISTED).setMaxResults(500).getResultList();
        for (Registration r : waiting) {
            if (!take(e)) {
                break;
            }
            r.promote(clock.instant());
        }
        em.flush();
        em.refresh(e);
    }
}
