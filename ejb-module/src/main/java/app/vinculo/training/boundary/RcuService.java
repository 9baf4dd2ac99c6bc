package app.vinculo.training.boundary;

import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.requirements.entity.RequirementStatus;
import app.vinculo.training.control.AttendanceRate;
import app.vinculo.training.control.SuggestionRule;
import app.vinculo.training.control.SuggestionRule.Signal;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.training.entity.Registration;
import app.vinculo.training.entity.RegistrationStatus;
import app.vinculo.training.entity.SuggestionSource;
import app.vinculo.visits.entity.VisitStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The RCU report and attendance certificates (R5.2), and the suggested courses (R5.3). */
@Stateless
public class RcuService {

    static final int MAX_PERIOD_DAYS = 3 * 366;

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    SettingsStore settings;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public RcuReport report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("rcu.periodInvalid");
        }
        if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new InvalidInputException("rcu.periodTooLong");
        }
        List<CourseEdition> editions = em.createQuery("select e from CourseEdition e join fetch e.course "
                        + "where e.status in :given and e.firstDay >= :from and e.firstDay <= :to order by e.firstDay, e.id",
                        CourseEdition.class)
                .setParameter("given", List.of(EditionStatus.HELD, EditionStatus.CLOSED))
                .setParameter("from", from).setParameter("to", to).setMaxResults(5_000).getResultList();
        Map<Long, List<Registration>> byEdition = new HashMap<>();
        if (!editions.isEmpty()) {
            em.createQuery("select r from Registration r join fetch r.client where r.edition.id in :ids and r.status = :s",
                            Registration.class)
                    .setParameter("ids", editions.stream().map(CourseEdition::getId).toList())
                    .setParameter("s", RegistrationStatus.REGISTERED).getResultList()
                    .forEach(r -> byEdition.computeIfAbsent(r.getEdition().getId(), k -> new ArrayList<>()).add(r));
        }
        Map<String, String> names = names(editions.stream().flatMap(e -> e.getInstructors().stream()).collect(Collectors.toSet()));
        List<RcuReport.Edition> lines = new ArrayList<>();
        Map<Long, long[]> perClient = new LinkedHashMap<>(); // editions, registered, attendees, attended marks, expected
        Map<Long, String> clientNames = new HashMap<>();
        BigDecimal totalHours = BigDecimal.ZERO;
        long registered = 0;
        long attendees = 0;
        long marks = 0;
        long expected = 0;
        for (CourseEdition e : editions) {
            List<Registration> regs = byEdition.getOrDefault(e.getId(), List.of());
            int sessions = e.getSessions().size();
            long eAttendees = regs.stream().filter(r -> r.getAttendedSessions() > 0).count();
            long eMarks = regs.stream().mapToLong(Registration::getAttendedSessions).sum();
            BigDecimal hours = hours(e.teachingTime());
            lines.add(new RcuReport.Edition(e.getId(), e.getCourse().getCode(), e.getCourse().getTitle(), e.getFirstDay(),
                    e.getLastDay(), sessions, e.getInstructors().stream().map(u -> names.getOrDefault(u, u)).sorted().toList(),
                    hours, regs.size(), eAttendees, AttendanceRate.percent(eMarks, (long) regs.size() * sessions),
                    e.getStatus() == EditionStatus.CLOSED));
            totalHours = totalHours.add(hours);
            registered += regs.size();
            attendees += eAttendees;
            marks += eMarks;
            expected += (long) regs.size() * sessions;
            Set<Long> seen = new java.util.HashSet<>();
            for (Registration r : regs) {
                long[] c = perClient.computeIfAbsent(r.getClient().getId(), k -> new long[5]);
                clientNames.put(r.getClient().getId(), r.getClient().displayName());
                if (seen.add(r.getClient().getId())) {
                    c[0]++;
                }
                c[1]++;
                c[2] += r.getAttendedSessions() > 0 ? 1 : 0;
                c[3] += r.getAttendedSessions();
                c[4] += sessions;
            }
        }
        List<RcuReport.ClientLine> clients = perClient.entrySet().stream()
                .map(en -> new RcuReport.ClientLine(en.getKey(), clientNames.get(en.getKey()), en.getValue()[0],
                        en.getValue()[1], en.getValue()[2], AttendanceRate.percent(en.getValue()[3], en.getValue()[4])))
                .sorted(java.util.Comparator.comparing(RcuReport.ClientLine::clientName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new RcuReport(from, to, lines, clients, totalHours, registered, attendees, AttendanceRate.percent(marks, expected));
    }

    /** The certificate of one attendee of a closed edition (at least one session attended). */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.AUDITOR})
    public CertificateData certificate(long registrationId) {
        Registration r = em.find(Registration.class, registrationId);
        if (r == null) {
            throw new NotFoundException("registration", registrationId);
        }
        CourseEdition e = r.getEdition();
        if (e.getStatus() != EditionStatus.CLOSED) {
            throw new BusinessException("certificate.editionNotClosed");
        }
        if (r.getStatus() != RegistrationStatus.REGISTERED || r.getAttendedSessions() == 0) {
            throw new BusinessException("certificate.didNotAttend", r.getContact().getName());
        }
        Map<String, String> names = names(e.getInstructors());
        return new CertificateData(r.getId(), r.getContact().getName(), r.getClient().displayName(), e.getCourse().getCode(),
                e.getCourse().getTitle(), hours(e.teachingTime()), e.getFirstDay(), e.getLastDay(), r.getAttendedSessions(),
                e.getSessions().size(), e.getInstructors().stream().map(u -> names.getOrDefault(u, u)).sorted().toList(),
                e.getPlace());
    }

    /**
     * R5.3: modules shared — as a module of interest, an open requirement or a topic of a visit of the last year — by
     * at least N clients (setting COURSE_SUGGESTION_MIN_CLIENTS) with no upcoming edition of a course covering them.
     */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.AUDITOR})
    public List<CourseSuggestion> suggestions() {
        LocalDate today = LocalDate.now(clock);
        List<Signal> signals = new ArrayList<>();
        em.createQuery("select cm.module.code, cm.client.id from ClientModule cm where cm.status = :interest "
                        + "and cm.client.active = :yes", Object[].class)
                .setParameter("interest", ModuleStatus.OF_INTEREST).setParameter("yes", Boolean.TRUE).getResultList()
                .forEach(row -> signals.add(new Signal((String) row[0], (Long) row[1], SuggestionSource.INTEREST)));
        em.createQuery("select distinct r.moduleCode, r.client.id from Requirement r where r.moduleCode is not null "
                        + "and r.status not in :closed and r.client.active = :yes", Object[].class)
                .setParameter("closed", List.of(RequirementStatus.REJECTED, RequirementStatus.DELIVERED))
                .setParameter("yes", Boolean.TRUE).getResultList()
                .forEach(row -> signals.add(new Signal((String) row[0], (Long) row[1], SuggestionSource.REQUIREMENT)));
        em.createQuery("select distinct t.moduleCode, v.client.id from Visit v join v.topics t where t.moduleCode is not null "
                        + "and v.status <> :cancelled and v.scheduledAt >= :since and v.client.active = :yes", Object[].class)
                .setParameter("cancelled", VisitStatus.CANCELLED)
                .setParameter("since", clock.instant().minus(Duration.ofDays(365)))
                .setParameter("yes", Boolean.TRUE).getResultList()
                .forEach(row -> signals.add(new Signal((String) row[0], (Long) row[1], SuggestionSource.VISIT)));
        Set<String> upcoming = Set.copyOf(em.createQuery("select distinct m from CourseEdition e join e.course c "
                        + "join c.modules m where e.status in :upcoming and e.lastDay >= :today", String.class)
                .setParameter("upcoming", List.of(EditionStatus.SCHEDULED, EditionStatus.OPEN))
                .setParameter("today", today).getResultList());
        List<SuggestionRule.Suggestion> found = SuggestionRule.apply(signals, upcoming,
                settings.intValue(Setting.COURSE_SUGGESTION_MIN_CLIENTS));
        if (found.isEmpty()) {
            return List.of();
        }
        // with thousands of clients behind a topic, the page lists the first ones (by id) and counts the rest
        Set<Long> clientIds = found.stream().flatMap(s -> s.clients().keySet().stream().limit(CourseSuggestion.MAX_CLIENTS))
                .collect(Collectors.toSet());
        Map<Long, String> clientNames = new HashMap<>();
        em.createQuery("select c from Client c where c.id in :ids", app.vinculo.clients.entity.Client.class)
                .setParameter("ids", clientIds).getResultList().forEach(c -> clientNames.put(c.getId(), c.displayName()));
        Map<String, String> moduleNames = new HashMap<>();
        em.createQuery("select m.code, m.name from ErpModule m", Object[].class).getResultList()
                .forEach(row -> moduleNames.put((String) row[0], (String) row[1]));
        Map<String, List<CourseSuggestion.CourseChoice>> courses = new HashMap<>();
        em.createQuery("select distinct c from Course c join c.modules m where c.active = :yes and m in :modules",
                        app.vinculo.training.entity.Course.class)
                .setParameter("yes", Boolean.TRUE)
                .setParameter("modules", found.stream().map(SuggestionRule.Suggestion::topic).toList()).getResultList()
                .forEach(c -> c.getModules().forEach(m -> courses.computeIfAbsent(m, k -> new ArrayList<>())
                        .add(new CourseSuggestion.CourseChoice(c.getId(), c.getCode(), c.getTitle()))));
        return found.stream().map(s -> new CourseSuggestion(s.topic(), moduleNames.getOrDefault(s.topic(), s.topic()),
                s.clients().entrySet().stream().limit(CourseSuggestion.MAX_CLIENTS)
                        .map(en -> new CourseSuggestion.SuggestedClient(en.getKey(),
                                clientNames.getOrDefault(en.getKey(), "#" + en.getKey()), Set.copyOf(en.getValue())))
                        .sorted(java.util.Comparator.comparing(CourseSuggestion.SuggestedClient::clientName)).toList(),
                courses.getOrDefault(s.topic(), List.of()).stream()
                        .sorted(java.util.Comparator.comparing(CourseSuggestion.CourseChoice::code)).toList(),
                s.clients().size())).toList();
    }

    static BigDecimal hours(Duration d) {
        return BigDecimal.valueOf(d.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_EVEN);
    }

    private Map<String, String> names(Collection<String> usernames) {
        Map<String, String> out = new HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery("select u.username, u.displayName from AppUser u where u.username in :n", Object[].class)
                    .setParameter("n", usernames).getResultList().forEach(row -> out.put((String) row[0], (String) row[1]));
        }
        return out;
    }
}
