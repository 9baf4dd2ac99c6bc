package app.vinculo.training.boundary;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.training.control.Seats;
import app.vinculo.training.entity.Course;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionSession;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Boundary of course editions (PRODUCT.md §5): plan them and move them through SCHEDULED → OPEN → HELD → CLOSED
 * (R5.2: only with a complete register) or CANCELLED; lists and the calendar. Invitations, registrations, the
 * waiting list and attendance are {@link RegistrationService}'s.
 */
@Stateless
public class EditionService {


    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Seats seats;

    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public EditionRow create(@NotNull @Valid EditionForm form) {
        Course course = em.find(Course.class, form.getCourseId());
        if (course == null) {
            throw new NotFoundException("course", form.getCourseId());
        }
        CourseEdition e = new CourseEdition(course);
        plan(e, form);
        em.persist(e);
        em.flush();
        return row(e);
    }

    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public EditionRow update(long id, @NotNull @Valid EditionForm form) {
        CourseEdition e = load(id, form.getVersion());
        if (!e.getCourse().getId().equals(form.getCourseId())) {
            throw new BusinessException("edition.courseFixed");
        }
        // R5.1 also when the capacity shrinks: the check and the change are one statement, so a registration
        // arriving meanwhile waits for it and then sees the new capacity
        int capacity = form.getCapacity() == null ? 0 : form.getCapacity();
        if (capacity >= 1 && em.createQuery("update CourseEdition e set e.capacity = :cap where e.id = :id "
                + "and e.seatsTaken <= :cap").setParameter("cap", capacity).setParameter("id", id).executeUpdate() == 0) {
            em.refresh(e);
            throw new BusinessException("edition.capacityBelowRegistered", e.getSeatsTaken());
        }
        em.refresh(e);
        plan(e, form);
        em.flush();
        seats.promoteWhileSeats(e);
        return row(e);
    }

    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public EditionRow open(long id, long version) {
        CourseEdition e = load(id, version);
        e.open();
        em.flush();
        return row(e);
    }

    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public EditionRow held(long id, long version) {
        CourseEdition e = load(id, version);
        e.held(LocalDate.now(clock));
        em.flush();
        return row(e);
    }

    /** R5.2: closing freezes the register; it needs a mark for every registered contact at every session. */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public EditionRow close(long id, long version) {
        CourseEdition e = load(id, version);
        long registered = em.createQuery("select count(r) from Registration r where r.edition = :e and r.status = :s",
                Long.class).setParameter("e", e).setParameter("s", RegistrationStatus.REGISTERED).getSingleResult();
        long marks = em.createQuery("select count(a) from Attendance a where a.editionId = :e "
                        + "and a.registration.status = :s", Long.class)
                .setParameter("e", e.getId()).setParameter("s", RegistrationStatus.REGISTERED).getSingleResult();
        e.close(marks == registered * e.getSessions().size(), currentUser.name(), clock.instant());
        em.flush();
        return row(e);
    }

    /** Cancels a scheduled or open edition; its registered and waitlisted contacts are told by e-mail. */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public EditionRow cancel(long id, long version, String reason) {
        CourseEdition e = load(id, version);
        e.cancel(reason, clock.instant());
        em.flush();
        return row(e);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public EditionRow find(long id) {
        return row(load(id));
    }

    /** Editions by first session day, newest first. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<EditionRow> page(EditionFilter filter, int first, int size) {
        EditionFilter f = filter == null ? EditionFilter.none() : filter;
        // no join fetch: a joined course would read its modules one course at a time; batch-fetched (CourseEdition.course),
        // the page's courses and their modules are one IN query each
        TypedQuery<CourseEdition> q = em.createQuery("select e from CourseEdition e"
                + where(f) + " order by e.firstDay desc, e.id desc", CourseEdition.class);
        bind(q, f);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500)).getResultList()
                .stream().map(EditionService::row).toList();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public long count(EditionFilter filter) {
        EditionFilter f = filter == null ? EditionFilter.none() : filter;
        TypedQuery<Long> q = em.createQuery("select count(e) from CourseEdition e" + where(f), Long.class);
        bind(q, f);
        return q.getSingleResult();
    }

    private static String where(EditionFilter f) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (f.status() != null) {
            w.append(" and e.status = :status");
        }
        if (f.courseId() != null) {
            w.append(" and e.course.id = :course");
        }
        if (f.from() != null) {
            w.append(" and e.lastDay >= :from");
        }
        if (f.to() != null) {
            w.append(" and e.firstDay <= :to");
        }
        if (f.instructor() != null && !f.instructor().isBlank()) {
            w.append(" and :instructor member of e.instructors");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, EditionFilter f) {
        if (f.status() != null) {
            q.setParameter("status", f.status());
        }
        if (f.courseId() != null) {
            q.setParameter("course", f.courseId());
        }
        if (f.from() != null) {
            q.setParameter("from", f.from());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to());
        }
        if (f.instructor() != null && !f.instructor().isBlank()) {
            q.setParameter("instructor", f.instructor());
        }
    }

    /** Sessions of editions (not cancelled) between two days, for the calendar. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<CalendarEntry> calendar(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(400).isBefore(to)) {
            throw new InvalidInputException("calendar.rangeInvalid");
        }
        List<CalendarEntry> out = new ArrayList<>();
        em.createQuery("select e from CourseEdition e where e.firstDay <= :to and e.lastDay >= :from "
                        + "and e.status <> :cancelled order by e.firstDay", CourseEdition.class)
                .setParameter("from", from).setParameter("to", to).setParameter("cancelled", EditionStatus.CANCELLED)
                .setMaxResults(2_000).getResultList().forEach(e -> {
                    List<EditionSession> s = e.getSessions();
                    for (int i = 0; i < s.size(); i++) {
                        EditionSession session = s.get(i);
                        if (!session.getDay().isBefore(from) && !session.getDay().isAfter(to)) {
                            out.add(new CalendarEntry(e.getId(), i + 1, s.size(), e.getCourse().getTitle(),
                                    LocalDateTime.of(session.getDay(), session.getStart()),
                                    LocalDateTime.of(session.getDay(), session.getEnd()), e.getPlace(), e.getStatus()));
                        }
                    }
                });
        return out;
    }

    // --- internals ---

    private void plan(CourseEdition e, EditionForm f) {
        Set<String> instructors = new LinkedHashSet<>(f.getInstructors());
        if (!instructors.isEmpty()) {
            long known = em.createQuery("select count(distinct u) from AppUser u join u.roles r where u.username in :n "
                            + "and u.enabled = :yes and r in :roles", Long.class)
                    .setParameter("n", instructors).setParameter("yes", Boolean.TRUE)
                    .setParameter("roles", List.of(Role.CONSULTANT, Role.IMPLEMENTATION_HEAD)).getSingleResult();
            if (known != instructors.size()) {
                throw new InvalidInputException("edition.instructorUnknown");
            }
        }
        if (!f.isOpenToAll() && !f.getAudienceClientIds().isEmpty()) {
            long known = em.createQuery("select count(c) from Client c where c.id in :ids", Long.class)
                    .setParameter("ids", f.getAudienceClientIds()).getSingleResult();
            if (known != f.getAudienceClientIds().size()) {
                throw new InvalidInputException("edition.audienceUnknown");
            }
        }
        List<EditionSession> sessions = f.getSessions().stream()
                .map(s -> new EditionSession(s.getDay(), s.getStart(), s.getEnd())).toList();
        e.plan(sessions, f.getPlace(), f.getCapacity() == null ? 0 : f.getCapacity(), instructors, f.isOpenToAll(),
                f.getAudienceClientIds());
    }

    private CourseEdition load(long id) {
        return Entities.require(em, CourseEdition.class, id, "edition");
    }

    private CourseEdition load(long id, long version) {
        CourseEdition e = load(id);
        Entities.requireVersion(e, version);
        return e;
    }

    static EditionRow row(CourseEdition e) {
        List<EditionSession> s = e.getSessions();
        List<SessionRow> sessions = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            sessions.add(new SessionRow(i + 1, s.get(i).getDay(), s.get(i).getStart(), s.get(i).getEnd()));
        }
        Course c = e.getCourse();
        return new EditionRow(e.getId(), e.getVersion(), c.getId(), c.getCode(), c.getTitle(), c.getModality(),
                c.getDurationHours(), new TreeSet<>(c.getModules()), List.copyOf(sessions), e.getFirstDay(), e.getLastDay(),
                e.getPlace(), e.getCapacity(), e.getSeatsTaken(), new TreeSet<>(e.getInstructors()), e.isOpenToAll(),
                new TreeSet<>(e.getAudienceClientIds()), e.getStatus(), e.getCancelReason());
    }
}
