package app.vinculo.training.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A scheduled edition of a course ("dictado"): its sessions, place, capacity, instructors and audience, and its
 * status SCHEDULED → OPEN → HELD → CLOSED, or CANCELLED. {@link #seatsTaken} counts REGISTERED contacts; the
 * boundary takes a seat with one conditional UPDATE so concurrent registrations never exceed the capacity (R5.1).
 */
@Entity
@Table(name = "COURSE_EDITION")
@Audited
public class CourseEdition extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int MAX_SESSIONS = 60;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "COURSE_ID", nullable = false, updatable = false)
    private Course course;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "EDITION_SESSION", joinColumns = @JoinColumn(name = "EDITION_ID"))
    @OrderColumn(name = "SORT_ORDER")
    private List<EditionSession> sessions = new ArrayList<>();

    /** Denormalised from the sessions for the calendar, RM4 and the report. */
    @Column(name = "FIRST_DAY", nullable = false)
    private LocalDate firstDay;

    @Column(name = "LAST_DAY", nullable = false)
    private LocalDate lastDay;

    @Column(name = "PLACE", length = 200)
    private String place;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity;

    @Column(name = "SEATS_TAKEN", nullable = false)
    private int seatsTaken;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "EDITION_INSTRUCTOR", joinColumns = @JoinColumn(name = "EDITION_ID"))
    @Column(name = "USERNAME", length = 40, nullable = false)
    private Set<String> instructors = new LinkedHashSet<>();

    /** True: open to every client; false: only {@link #audienceClientIds}. */
    @Column(name = "OPEN_TO_ALL", nullable = false)
    private boolean openToAll = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "EDITION_AUDIENCE", joinColumns = @JoinColumn(name = "EDITION_ID"))
    @Column(name = "CLIENT_ID", nullable = false)
    private Set<Long> audienceClientIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private EditionStatus status = EditionStatus.SCHEDULED;

    @Column(name = "CANCEL_REASON", length = 1000)
    private String cancelReason;

    @Column(name = "CANCELLED_AT")
    private Instant cancelledAt;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    @Column(name = "CLOSED_BY", length = 40)
    private String closedBy;

    protected CourseEdition() {
    }

    public CourseEdition(Course course) {
        if (!course.isActive()) {
            throw new BusinessException("edition.courseInactive", course.getCode());
        }
        this.course = course;
    }

    /** Sessions, place, capacity, instructors and audience; only before the edition is held. */
    public void plan(List<EditionSession> sessions, String place, int capacity, Set<String> instructors, boolean openToAll,
                     Collection<Long> audienceClientIds) {
        if (status != EditionStatus.SCHEDULED && status != EditionStatus.OPEN) {
            throw new BusinessException("edition.notEditable", status.name());
        }
        if (sessions == null || sessions.isEmpty()) {
            throw new InvalidInputException("edition.sessionsRequired");
        }
        if (sessions.size() > MAX_SESSIONS) {
            throw new InvalidInputException("edition.tooManySessions", MAX_SESSIONS);
        }
        if (capacity < 1 || capacity > 500) {
            throw new InvalidInputException("edition.capacityInvalid");
        }
        if (capacity < seatsTaken) {
            throw new BusinessException("edition.capacityBelowRegistered", seatsTaken);
        }
        if (instructors == null || instructors.isEmpty()) {
            throw new InvalidInputException("edition.instructorRequired");
        }
        if (!openToAll && (audienceClientIds == null || audienceClientIds.isEmpty())) {
            throw new InvalidInputException("edition.audienceRequired");
        }
        if (place != null && place.length() > 200) {
            throw new InvalidInputException("edition.placeTooLong");
        }
        List<EditionSession> sorted = sessions.stream()
                .sorted(Comparator.comparing(EditionSession::getDay).thenComparing(EditionSession::getStart)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            EditionSession a = sorted.get(i - 1);
            EditionSession b = sorted.get(i);
            if (a.getDay().equals(b.getDay()) && b.getStart().isBefore(a.getEnd())) {
                throw new InvalidInputException("edition.sessionsOverlap");
            }
        }
        this.sessions.clear();
        this.sessions.addAll(sorted);
        this.firstDay = sorted.get(0).getDay();
        this.lastDay = sorted.get(sorted.size() - 1).getDay();
        this.place = place == null || place.isBlank() ? null : place.trim();
        this.capacity = capacity;
        this.instructors.clear();
        this.instructors.addAll(instructors);
        this.openToAll = openToAll;
        this.audienceClientIds.clear();
        if (!openToAll) {
            this.audienceClientIds.addAll(audienceClientIds);
        }
    }

    /** Registrations are taken from now on. */
    public void open() {
        move(EnumSet.of(EditionStatus.SCHEDULED), EditionStatus.OPEN);
    }

    /** The edition took place: allowed from its first session day on. */
    public void held(LocalDate today) {
        if (status == EditionStatus.OPEN && today.isBefore(firstDay)) {
            throw new BusinessException("edition.notStartedYet");
        }
        move(EnumSet.of(EditionStatus.OPEN), EditionStatus.HELD);
    }

    /** R5.2: closing freezes the attendance register; every registered contact must have a mark for every session. */
    public void close(boolean attendanceComplete, String by, Instant at) {
        if (status == EditionStatus.HELD && !attendanceComplete) {
            throw new BusinessException("edition.attendanceIncomplete");
        }
        move(EnumSet.of(EditionStatus.HELD), EditionStatus.CLOSED);
        closedBy = by;
        closedAt = at;
    }

    public void cancel(String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("edition.reasonRequired");
        }
        String r = reason.trim();
        if (r.length() > 1000) { // refused, never cut
            throw new InvalidInputException("edition.reasonTooLong", 1000);
        }
        move(EnumSet.of(EditionStatus.SCHEDULED, EditionStatus.OPEN), EditionStatus.CANCELLED);
        cancelReason = r;
        cancelledAt = at;
    }

    /** Invitations may be sent while the edition is scheduled or open. */
    public void checkInviting() {
        if (status != EditionStatus.SCHEDULED && status != EditionStatus.OPEN) {
            throw new BusinessException("edition.notInviting", status.name());
        }
    }

    /** Contacts can only take a seat while the edition is open. */
    public void checkRegistering() {
        if (status != EditionStatus.OPEN) {
            throw new BusinessException("edition.notOpen", status.name());
        }
    }

    /**
     * R5.2: attendance is taken while the edition is open or held, for sessions that have begun; once CLOSED only a
     * correction (by the Implementation Head, with a reason) may change it.
     */
    public void checkAttendance(int sessionNo, LocalDate today, boolean correction) {
        if (sessionNo < 1 || sessionNo > sessions.size()) {
            throw new InvalidInputException("edition.sessionUnknown", sessionNo);
        }
        if (status == EditionStatus.CLOSED) {
            if (!correction) {
                throw new BusinessException("edition.registerClosed");
            }
            return;
        }
        if (correction) {
            throw new BusinessException("edition.correctionOnlyWhenClosed");
        }
        if (status != EditionStatus.OPEN && status != EditionStatus.HELD) {
            throw new BusinessException("edition.noAttendance", status.name());
        }
        if (today.isBefore(sessions.get(sessionNo - 1).getDay())) {
            throw new BusinessException("edition.sessionNotYet", sessionNo);
        }
    }

    public boolean admits(Long clientId) {
        return openToAll || audienceClientIds.contains(clientId);
    }

    /** Total teaching time of the sessions. */
    public Duration teachingTime() {
        return sessions.stream().map(EditionSession::length).reduce(Duration.ZERO, Duration::plus);
    }

    private void move(Set<EditionStatus> from, EditionStatus to) {
        if (!from.contains(status)) {
            throw new BusinessException("edition.transitionRefused", status.name(), to.name());
        }
        status = to;
    }

    public Course getCourse() { return course; }
    public List<EditionSession> getSessions() { return Collections.unmodifiableList(sessions); }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public String getPlace() { return place; }
    public int getCapacity() { return capacity; }
    public int getSeatsTaken() { return seatsTaken; }
    public Set<String> getInstructors() { return Collections.unmodifiableSet(instructors); }
    public boolean isOpenToAll() { return openToAll; }
    public Set<Long> getAudienceClientIds() { return Collections.unmodifiableSet(audienceClientIds); }
    public EditionStatus getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public Instant getCancelledAt() { return cancelledAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
}
