package app.vinculo.training.boundary;

import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.clients.entity.Contact;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.ConcurrentEditException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.training.control.Waitlist;
import app.vinculo.training.entity.Attendance;
import app.vinculo.training.entity.AttendanceMark;
import app.vinculo.training.entity.Course;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionSession;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.Registration;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Boundary of course editions (PRODUCT.md §5): plan and move them through SCHEDULED → OPEN → HELD → CLOSED or
 * CANCELLED; invite contacts; register them within the capacity or on the waiting list (R5.1); take attendance per
 * session; after closing, only the Implementation Head corrects the register, with a reason, audited (R5.2).
 */
@Stateless
public class EditionService {


    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

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
        promoteWhileSeats(e);
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
        TypedQuery<CourseEdition> q = em.createQuery("select e from CourseEdition e join fetch e.course"
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

    /** Everyone on the edition with their marks and their client's training agreement, by client and name. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<RegistrationRow> registrations(long editionId) {
        CourseEdition e = load(editionId);
        List<Registration> regs = em.createQuery("select r from Registration r join fetch r.contact join fetch r.client "
                        + "where r.edition = :e order by r.client.legalName, r.contact.name, r.id", Registration.class)
                .setParameter("e", e).setMaxResults(2_000).getResultList();
        Map<Long, Map<Integer, AttendanceMark>> marks = new HashMap<>();
        em.createQuery("select a from Attendance a where a.editionId = :e", Attendance.class).setParameter("e", editionId)
                .getResultList().forEach(a -> marks.computeIfAbsent(a.getRegistration().getId(), k -> new TreeMap<>())
                        .put(a.getSessionNo(), a.getMark()));
        Map<Long, String> agreements = trainingAgreements(regs.stream().map(r -> r.getClient().getId()).collect(Collectors.toSet()));
        return regs.stream().map(r -> new RegistrationRow(r.getId(), r.getVersion(), editionId, r.getContact().getId(),
                r.getContact().getName(), r.getContact().getEmail(), r.getClient().getId(), r.getClient().displayName(),
                r.getStatus(), r.getInvitedAt(), r.getWaitlistedAt(), r.getAttendedSessions(),
                agreements.getOrDefault(r.getClient().getId(), "NONE"),
                Map.copyOf(marks.getOrDefault(r.getId(), Map.of())))).toList();
    }

    /**
     * Contacts that can be invited: of one client, key users of the course's modules, or contacts of clients with
     * an interest in those modules — active contacts of active clients in the edition's audience, at most 500.
     */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public List<CandidateRow> candidates(long editionId, CandidateSource source, Long clientId) {
        CourseEdition e = load(editionId);
        Set<String> modules = e.getCourse().getModules();
        String base = "select distinct c from Contact c join fetch c.client cl where c.active = :yes and cl.active = :yes";
        TypedQuery<Contact> q;
        switch (source == null ? CandidateSource.CLIENT : source) {
            case KEY_USERS -> {
                if (modules.isEmpty()) {
                    return List.of();
                }
                q = em.createQuery("select distinct c from Contact c join fetch c.client cl join c.keyUserOf k "
                        + "where c.active = :yes and cl.active = :yes and k in :modules", Contact.class)
                        .setParameter("modules", modules);
            }
            case INTERESTED_CLIENTS -> {
                if (modules.isEmpty()) {
                    return List.of();
                }
                q = em.createQuery(base + " and cl.id in (select cm.client.id from ClientModule cm "
                        + "where cm.status = :interest and cm.module.code in :modules)", Contact.class)
                        .setParameter("interest", ModuleStatus.OF_INTEREST).setParameter("modules", modules);
            }
            default -> {
                if (clientId == null) {
                    throw new InvalidInputException("edition.clientRequired");
                }
                q = em.createQuery(base + " and cl.id = :client", Contact.class).setParameter("client", clientId);
            }
        }
        List<Contact> contacts = q.setParameter("yes", Boolean.TRUE).setMaxResults(2_000).getResultList().stream()
                .filter(c -> e.admits(c.getClient().getId()))
                .sorted(java.util.Comparator.comparing((Contact c) -> c.getClient().getLegalName()).thenComparing(Contact::getName))
                .limit(500).toList();
        Set<Long> already = new java.util.HashSet<>(em.createQuery("select r.contact.id from Registration r where r.edition = :e",
                Long.class).setParameter("e", e).getResultList());
        Map<Long, String> agreements = trainingAgreements(contacts.stream().map(c -> c.getClient().getId()).collect(Collectors.toSet()));
        return contacts.stream().map(c -> new CandidateRow(c.getId(), c.getName(), c.getPosition(), c.getEmail(),
                c.getClient().getId(), c.getClient().displayName(), agreements.getOrDefault(c.getClient().getId(), "NONE"),
                already.contains(c.getId()))).toList();
    }

    /** Invites contacts (an e-mail with the dates goes to each); contacts already on the edition are skipped. */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public int invite(long editionId, Collection<Long> contactIds) {
        CourseEdition e = load(editionId);
        e.checkInviting();
        if (contactIds == null || contactIds.isEmpty()) {
            throw new InvalidInputException("edition.nobodyChosen");
        }
        if (contactIds.size() > 500) {
            throw new InvalidInputException("edition.tooManyInvitations", 500);
        }
        Set<Long> already = new java.util.HashSet<>(em.createQuery("select r.contact.id from Registration r where r.edition = :e",
                Long.class).setParameter("e", e).getResultList());
        int invited = 0;
        Instant now = clock.instant();
        for (Long id : new LinkedHashSet<>(contactIds)) {
            if (id == null || already.contains(id)) {
                continue;
            }
            Contact c = em.find(Contact.class, id);
            if (c == null) {
                throw new NotFoundException("contact", id);
            }
            em.persist(new Registration(e, c, currentUser.name(), now));
            invited++;
        }
        em.flush();
        return invited;
    }

    /** Invites (if needed) and registers a contact in one step: a seat, or the waiting list when full (R5.1). */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public RegistrationRow enrol(long editionId, long contactId) {
        CourseEdition e = load(editionId);
        e.checkRegistering();
        Registration r = em.createQuery("select r from Registration r where r.edition = :e and r.contact.id = :c",
                Registration.class).setParameter("e", e).setParameter("c", contactId).getResultStream().findFirst()
                .orElse(null);
        if (r == null) {
            Contact c = em.find(Contact.class, contactId);
            if (c == null) {
                throw new NotFoundException("contact", contactId);
            }
            r = new Registration(e, c, currentUser.name(), clock.instant());
            em.persist(r);
        }
        r.accept(takeSeat(e), clock.instant());
        em.flush();
        return registration(r);
    }

    /** The invited contact accepted: a seat if there is one, else the waiting list (R5.1). */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public RegistrationRow accept(long registrationId, long version) {
        Registration r = loadRegistration(registrationId, version);
        r.getEdition().checkRegistering();
        r.accept(takeSeat(r.getEdition()), clock.instant());
        em.flush();
        return registration(r);
    }

    /** The contact will not come; a freed seat goes to the first waitlisted contact, who is told by e-mail (R5.1). */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public RegistrationRow decline(long registrationId, long version) {
        Registration r = loadRegistration(registrationId, version);
        CourseEdition e = r.getEdition();
        e.checkInviting();
        if (r.decline(clock.instant())) {
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
        em.flush();
        return registration(r);
    }

    /** Takes attendance of one session for several registered contacts at once (the classroom sheet). */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public void mark(long editionId, int sessionNo, Map<Long, AttendanceMark> marks) {
        CourseEdition e = load(editionId);
        e.checkAttendance(sessionNo, LocalDate.now(clock), false);
        if (marks == null || marks.isEmpty()) {
            return;
        }
        List<Registration> regs = em.createQuery("select r from Registration r join fetch r.client where r.id in :ids",
                Registration.class).setParameter("ids", marks.keySet()).getResultList();
        if (regs.size() != marks.size()) {
            throw new NotFoundException("registration", marks.keySet());
        }
        for (Registration r : regs) {
            checkMarkable(r, e);
            upsert(r, sessionNo).mark(marks.get(r.getId()), currentUser.name(), clock.instant());
        }
        em.flush();
        regs.forEach(this::summarise);
        em.flush();
    }

    /** R5.2: the Implementation Head corrects a closed register, with a reason; the change is audited. */
    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public RegistrationRow correct(long registrationId, int sessionNo, AttendanceMark mark, String reason) {
        Registration r = loadRegistration(registrationId);
        CourseEdition e = r.getEdition();
        e.checkAttendance(sessionNo, LocalDate.now(clock), true);
        checkMarkable(r, e);
        upsert(r, sessionNo).correct(mark, reason, currentUser.name(), clock.instant());
        em.flush();
        summarise(r);
        em.flush();
        return registration(r);
    }

    /** Sessions of editions (not cancelled) between two days, for the calendar. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<CalendarEntry> calendar(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(400).isBefore(to)) {
            throw new InvalidInputException("calendar.rangeInvalid");
        }
        List<CalendarEntry> out = new ArrayList<>();
        em.createQuery("select e from CourseEdition e join fetch e.course where e.firstDay <= :to and e.lastDay >= :from "
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

    /** The courses of a contact, newest first (the contact's history). */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<ContactCourseRow> coursesOfContact(long contactId) {
        return em.createQuery("select r from Registration r join fetch r.edition e join fetch e.course "
                        + "where r.contact.id = :c order by e.firstDay desc", Registration.class)
                .setParameter("c", contactId).setMaxResults(200).getResultList().stream()
                .map(r -> new ContactCourseRow(r.getEdition().getId(), r.getEdition().getCourse().getTitle(),
                        r.getEdition().getFirstDay(), r.getEdition().getLastDay(), r.getEdition().getStatus(),
                        r.getStatus(), r.getAttendedSessions(), r.getEdition().getSessions().size())).toList();
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

    /** R5.1: one conditional UPDATE takes a seat only while one is free; concurrent callers queue on the row lock. */
    private boolean takeSeat(CourseEdition e) {
        boolean taken = em.createQuery("update CourseEdition e set e.seatsTaken = e.seatsTaken + 1 "
                        + "where e.id = :id and e.seatsTaken < e.capacity")
                .setParameter("id", e.getId()).executeUpdate() == 1;
        return taken;
    }

    /** After the capacity grew: waitlisted contacts take the new seats, first come first served. */
    private void promoteWhileSeats(CourseEdition e) {
        List<Registration> waiting = em.createQuery("select r from Registration r where r.edition = :e and r.status = :w "
                + "order by r.waitlistedAt, r.id", Registration.class).setParameter("e", e)
                .setParameter("w", RegistrationStatus.WAITLISTED).setMaxResults(500).getResultList();
        for (Registration r : waiting) {
            if (!takeSeat(e)) {
                break;
            }
            r.promote(clock.instant());
        }
        em.flush();
        em.refresh(e);
    }

    private static void checkMarkable(Registration r, CourseEdition e) {
        if (!r.getEdition().getId().equals(e.getId())) {
            throw new InvalidInputException("attendance.otherEdition");
        }
        if (r.getStatus() != RegistrationStatus.REGISTERED) {
            throw new BusinessException("attendance.notRegistered", r.getStatus().name());
        }
    }

    private Attendance upsert(Registration r, int sessionNo) {
        return em.createQuery("select a from Attendance a where a.registration = :r and a.sessionNo = :n", Attendance.class)
                .setParameter("r", r).setParameter("n", sessionNo).getResultStream().findFirst().orElseGet(() -> {
                    Attendance a = new Attendance(r, sessionNo);
                    em.persist(a);
                    return a;
                });
    }

    /** Keeps the registration's attended count and the client's last contact (a course attended is a contact). */
    private void summarise(Registration r) {
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
    private Map<Long, String> trainingAgreements(Set<Long> clientIds) {
        Map<Long, String> out = new HashMap<>();
        if (clientIds.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock);
        em.createQuery("select a.client.id, a.startDate, a.endDate from Agreement a where a.client.id in :ids "
                        + "and a.type = :t and a.cancelledAt is null", Object[].class)
                .setParameter("ids", clientIds).setParameter("t", AgreementType.TRAINING).getResultList().forEach(row -> {
                    Long client = (Long) row[0];
                    LocalDate start = (LocalDate) row[1];
                    LocalDate end = (LocalDate) row[2];
                    String status = start.isAfter(today) ? "FUTURE" : end.isBefore(today) ? "EXPIRED" : "ACTIVE";
                    out.merge(client, status, EditionService::better);
                });
        return out;
    }

    private static String better(String a, String b) {
        List<String> rank = List.of("ACTIVE", "FUTURE", "EXPIRED");
        return rank.indexOf(a) <= rank.indexOf(b) ? a : b;
    }

    private CourseEdition load(long id) {
        return Entities.require(em, CourseEdition.class, id, "edition");
    }

    private CourseEdition load(long id, long version) {
        CourseEdition e = load(id);
        if (e.isStale(version)) {
            throw new ConcurrentEditException();
        }
        return e;
    }

    private Registration loadRegistration(long id) {
        return Entities.require(em, Registration.class, id, "registration");
    }

    private Registration loadRegistration(long id, long version) {
        Registration r = loadRegistration(id);
        if (r.isStale(version)) {
            throw new ConcurrentEditException();
        }
        return r;
    }

    private RegistrationRow registration(Registration r) {
        Map<Integer, AttendanceMark> marks = new TreeMap<>();
        em.createQuery("select a from Attendance a where a.registration = :r", Attendance.class).setParameter("r", r)
                .getResultList().forEach(a -> marks.put(a.getSessionNo(), a.getMark()));
        return new RegistrationRow(r.getId(), r.getVersion(), r.getEdition().getId(), r.getContact().getId(),
                r.getContact().getName(), r.getContact().getEmail(), r.getClient().getId(), r.getClient().displayName(),
                r.getStatus(), r.getInvitedAt(), r.getWaitlistedAt(), r.getAttendedSessions(),
                trainingAgreements(Set.of(r.getClient().getId())).getOrDefault(r.getClient().getId(), "NONE"), Map.copyOf(marks));
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
