package app.vinculo.training.control;

import app.vinculo.agreements.boundary.ActiveAgreements;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.training.boundary.RegistrationRow;
import app.vinculo.training.entity.Attendance;
import app.vinculo.training.entity.AttendanceMark;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionSession;
import app.vinculo.training.entity.Registration;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The attendance register's records (IT RCU): loading registrations, their rows with marks and the client's
 * training agreement, one attendance mark per session, and the summary kept on the registration and the client
 * (a course attended is a contact).
 */
@ApplicationScoped
public class RegistrationRecords {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ActiveAgreements activeAgreements;

    public static void checkMarkable(Registration r, CourseEdition e) {
        if (!r.getEdition().getId().equals(e.getId())) {
            throw new InvalidInputException("attendance.otherEdition");
        }
        if (r.getStatus() != RegistrationStatus.REGISTERED) {
            throw new BusinessException("attendance.notRegistered", r.getStatus().name());
        }
    }

    public Attendance upsert(Registration r, int sessionNo) {
        return em.createQuery("select a from Attendance a where a.registration = :r and a.sessionNo = :n", Attendance.class)
                .setParameter("r", r).setParameter("n", sessionNo).getResultStream().findFirst().orElseGet(() -> {
                    Attendance a = new Attendance(r, sessionNo);
                    em.persist(a);
                    return a;
                });
    }

    /** Keeps the registration's attended count and the client's last contact (a course attended is a contact). */
    public void summarise(Registration r) {
        List<Integer> attended = em.createQuery("select a.sessionNo from Attendance a where a.registration = :r "
                        + "and a.mark = :m order by a.sessionNo", Integer.class)
                .setParameter("r", r).setParameter("m", AttendanceMark.ATTENDED).getResultList();
        Instant last = null;
        if (!attended.isEmpty()) {
            EditionSession s = r.getEdition().getSessions().get(attended.get(attended.size() - 1) - 1);
            last = s.startsAt(clock.getZone());
            r.getClient().contacted(last);
        }
        r.attendance(attended.size(), last);
    }

    /** The training agreement of each client: ACTIVE, FUTURE, EXPIRED or NONE. */
    public Map<Long, String> trainingAgreements(Set<Long> clientIds) {
        return activeAgreements.states(clientIds, AgreementType.TRAINING, LocalDate.now(clock));
    }

    public Registration load(long id) {
        return Entities.require(em, Registration.class, id, "registration");
    }

    public Registration load(long id, long version) {
        Registration r = load(id);
        Entities.requireVersion(r, version);
        return r;
    }

    public RegistrationRow row(Registration r) {
        Map<Integer, AttendanceMark> marks = new TreeMap<>();
        em.createQuery("select a from Attendance a where a.registration = :r", Attendance.class).setParameter("r", r)
                .getResultList().forEach(a -> marks.put(a.getSessionNo(), a.getMark()));
        return new RegistrationRow(r.getId(), r.getVersion(), r.getEdition().getId(), r.getContact().getId(),
                r.getContact().getName(), r.getContact().getEmail(), r.getClient().getId(), r.getClient().displayName(),
                r.getStatus(), r.getInvitedAt(), r.getWaitlistedAt(), r.getAttendedSessions(),
                trainingAgreements(Set.of(r.getClient().getId())).getOrDefault(r.getClient().getId(), "NONE"), Map.copyOf(marks));
    }
}
