package app.vinculo.training.boundary;

import app.vinculo.clients.entity.Contact;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.training.control.RegistrationRecords;
import app.vinculo.training.control.Seats;
import app.vinculo.training.entity.Attendance;
import app.vinculo.training.entity.AttendanceMark;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.Registration;
import app.vinculo.training.entity.RegistrationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Boundary of an edition's people (PRODUCT.md §5, IT RCU): candidates and invitations, registration within the
 * capacity or on the waiting list (R5.1), attendance per session, and after closing only the Implementation Head's
 * audited corrections (R5.2); a contact's course history.
 */
@Stateless
public class RegistrationService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Seats seats;

    @Inject
    RegistrationRecords records;

    /** Everyone on the edition with their marks and their client's training agreement, by client and name. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<RegistrationRow> registrations(long editionId) {
        // contacts and clients batch-fetched (Registration.contact, .client), with their key modules and consultants:
        // joined, each would read those collections one row at a time
        List<Registration> regs = em.createQuery("select r from Registration r "
                        + "where r.edition.id = :e order by r.client.legalName, r.contact.name, r.id", Registration.class)
                .setParameter("e", editionId).setMaxResults(2_000).getResultList();
        if (regs.isEmpty()) {
            load(editionId); // an unknown edition is "not found", not an empty list
        }
        Map<Long, Map<Integer, AttendanceMark>> marks = new HashMap<>();
        em.createQuery("select a from Attendance a where a.editionId = :e", Attendance.class).setParameter("e", editionId)
                .getResultList().forEach(a -> marks.computeIfAbsent(a.getRegistration().getId(), k -> new TreeMap<>())
                        .put(a.getSessionNo(), a.getMark()));
        Map<Long, String> agreements = records.trainingAgreements(regs.stream().map(r -> r.getClient().getId()).collect(Collectors.toSet()));
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
        Map<Long, String> agreements = records.trainingAgreements(contacts.stream().map(c -> c.getClient().getId()).collect(Collectors.toSet()));
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
        r.accept(seats.take(e), clock.instant());
        em.flush();
        return records.row(r);
    }

    /** The invited contact accepted: a seat if there is one, else the waiting list (R5.1). */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public RegistrationRow accept(long registrationId, long version) {
        Registration r = records.load(registrationId, version);
        r.getEdition().checkRegistering();
        r.accept(seats.take(r.getEdition()), clock.instant());
        em.flush();
        return records.row(r);
    }

    /**
     * Registers every invited contact of the edition in one step and one transaction, in the order they were
     * invited: seats first, then the waiting list (R5.1). Returns how many got a seat and how many wait.
     */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public AcceptedAll acceptAll(long editionId) {
        CourseEdition e = load(editionId);
        e.checkRegistering();
        List<Registration> invited = em.createQuery("select r from Registration r where r.edition = :e and r.status = :s "
                        + "order by r.invitedAt, r.id", Registration.class)
                .setParameter("e", e).setParameter("s", RegistrationStatus.INVITED).setMaxResults(2_000).getResultList();
        int registered = 0;
        Instant now = clock.instant();
        for (Registration r : invited) {
            r.accept(seats.take(e), now);
            if (r.getStatus() == RegistrationStatus.REGISTERED) {
                registered++;
            }
        }
        em.flush();
        return new AcceptedAll(registered, invited.size() - registered);
    }

    /** What {@link #acceptAll} did. */
    public record AcceptedAll(int registered, int waitlisted) implements java.io.Serializable {
    }

    /** The contact will not come; a freed seat goes to the first waitlisted contact, who is told by e-mail (R5.1). */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT})
    public RegistrationRow decline(long registrationId, long version) {
        Registration r = records.load(registrationId, version);
        CourseEdition e = r.getEdition();
        e.checkInviting();
        if (r.decline(clock.instant())) {
            seats.free(e);
        }
        em.flush();
        return records.row(r);
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
            RegistrationRecords.checkMarkable(r, e);
            records.upsert(r, sessionNo).mark(marks.get(r.getId()), currentUser.name(), clock.instant());
        }
        em.flush();
        regs.forEach(records::summarise);
        em.flush();
    }

    /** R5.2: the Implementation Head corrects a closed register, with a reason; the change is audited. */
    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public RegistrationRow correct(long registrationId, int sessionNo, AttendanceMark mark, String reason) {
        Registration r = records.load(registrationId);
        CourseEdition e = r.getEdition();
        e.checkAttendance(sessionNo, LocalDate.now(clock), true);
        RegistrationRecords.checkMarkable(r, e);
        records.upsert(r, sessionNo).correct(mark, reason, currentUser.name(), clock.instant());
        em.flush();
        records.summarise(r);
        em.flush();
        return records.row(r);
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

    private CourseEdition load(long id) {
        return Entities.require(em, CourseEdition.class, id, "edition");
    }
}
