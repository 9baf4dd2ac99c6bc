package app.vinculo.visits.entity;

import app.vinculo.clients.entity.Client;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An on-site visit (IT APE "Asistencia/Visita Presencial"): planned (objectives, ordered topics, contacts to
 * coordinate), confirmed, then held and recorded. Rules: R2.1 (minimum topics to confirm), R2.2 (warning without a
 * decision maker or influencer for commercial visits), R2.3 (the record locks some days after the visit).
 */
@Entity
@Table(name = "VISIT")
@Audited
public class Visit extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CLIENT_ID", nullable = false, updatable = false)
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 12, nullable = false)
    private VisitKind kind;

    @Column(name = "SCHEDULED_AT", nullable = false)
    private Instant scheduledAt;

    @Column(name = "DURATION_MINUTES", nullable = false)
    private int durationMinutes;

    @Column(name = "PLACE", length = 200)
    private String place;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "VISIT_CONSULTANT", joinColumns = @JoinColumn(name = "VISIT_ID"))
    @Column(name = "USERNAME", length = 40, nullable = false)
    private Set<String> consultants = new LinkedHashSet<>();

    @Column(name = "COMMERCIAL_OBJECTIVES", length = 2000)
    private String commercialObjectives;

    @Column(name = "TECHNICAL_OBJECTIVES", length = 2000)
    private String technicalObjectives;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "VISIT_TOPIC", joinColumns = @JoinColumn(name = "VISIT_ID"))
    @OrderColumn(name = "SORT_ORDER")
    private List<VisitTopic> topics = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "VISIT_INVITED", joinColumns = @JoinColumn(name = "VISIT_ID"))
    @Column(name = "CONTACT_ID", nullable = false)
    private Set<Long> invitedContactIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 12, nullable = false)
    private VisitStatus status = VisitStatus.PLANNED;

    @Column(name = "STATUS_REASON", length = 500)
    private String statusReason;

    // ---- the record (IT APE), after the visit ----

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "VISIT_ATTENDEE", joinColumns = @JoinColumn(name = "VISIT_ID"))
    @Column(name = "CONTACT_ID", nullable = false)
    private Set<Long> attendeeContactIds = new LinkedHashSet<>();

    @Column(name = "OTHER_ATTENDEES", length = 500)
    private String otherAttendees;

    @Column(name = "QUESTIONS_ANSWERED", length = 4000)
    private String questionsAnswered;

    @Column(name = "COURSES_SUGGESTED", length = 2000)
    private String coursesSuggested;

    @Column(name = "ASSESSMENT", length = 4000)
    private String assessment;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "VISIT_DETECTED_REQUIREMENT", joinColumns = @JoinColumn(name = "VISIT_ID"))
    @OrderColumn(name = "SORT_ORDER")
    private List<DetectedRequirement> detectedRequirements = new ArrayList<>();

    @Column(name = "RECORDED_AT")
    private Instant recordedAt;

    @Column(name = "RECORDED_BY", length = 40)
    private String recordedBy;

    @Column(name = "CORRECTED_AT")
    private Instant correctedAt;

    @Column(name = "CORRECTED_BY", length = 40)
    private String correctedBy;

    protected Visit() {
    }

    public Visit(Client client, VisitKind kind, Instant scheduledAt, int durationMinutes) {
        this.client = client;
        reschedule(kind, scheduledAt, durationMinutes);
    }

    private void reschedule(VisitKind kind, Instant at, int minutes) {
        if (kind == null || at == null) {
            throw new InvalidInputException("visit.kindAndDateRequired");
        }
        if (minutes < 15 || minutes > 24 * 60) {
            throw new InvalidInputException("visit.durationInvalid");
        }
        this.kind = kind;
        this.scheduledAt = at;
        this.durationMinutes = minutes;
    }

    /** Changes the plan; allowed until the visit is held. A postponed visit planned again is PLANNED. */
    public void plan(VisitKind kind, Instant at, int minutes, String place, Set<String> consultants,
                     String commercialObjectives, String technicalObjectives, List<VisitTopic> topics,
                     Set<Long> invitedContactIds) {
        if (status == VisitStatus.HELD || status == VisitStatus.CANCELLED) {
            throw new BusinessException("visit.notPlannable", status.name());
        }
        if (consultants == null || consultants.isEmpty()) {
            throw new InvalidInputException("visit.consultantsRequired");
        }
        boolean moved = scheduledAt != null && !scheduledAt.equals(at);
        reschedule(kind, at, minutes);
        this.place = blank(place);
        this.consultants.clear();
        this.consultants.addAll(consultants);
        this.commercialObjectives = blank(commercialObjectives);
        this.technicalObjectives = blank(technicalObjectives);
        this.topics.clear();
        this.topics.addAll(topics);
        this.invitedContactIds.clear();
        this.invitedContactIds.addAll(invitedContactIds);
        if (status == VisitStatus.POSTPONED || (status == VisitStatus.CONFIRMED && moved)) {
            status = VisitStatus.PLANNED;
            statusReason = null;
        }
    }

    /**
     * R2.1 and R2.2: confirms the visit when it has at least {@code minTopics} topics; returns the warnings (R2.2:
     * a commercial or mixed visit with no decision maker or influencer invited) — a warning does not block.
     */
    public List<String> confirm(int minTopics, boolean keyPersonInvited) {
        require(EnumSet.of(VisitStatus.PLANNED), VisitStatus.CONFIRMED);
        if (topics.size() < minTopics) {
            throw new BusinessException("visit.tooFewTopics", topics.size(), minTopics);
        }
        status = VisitStatus.CONFIRMED;
        statusReason = null;
        return kind.isCommercial() && !keyPersonInvited ? List.of("visit.warning.noKeyPerson") : List.of();
    }

    public void postpone(String reason) {
        require(EnumSet.of(VisitStatus.PLANNED, VisitStatus.CONFIRMED), VisitStatus.POSTPONED);
        statusReason = reason(reason);
        status = VisitStatus.POSTPONED;
    }

    public void cancel(String reason) {
        require(EnumSet.of(VisitStatus.PLANNED, VisitStatus.CONFIRMED, VisitStatus.POSTPONED), VisitStatus.CANCELLED);
        statusReason = reason(reason);
        status = VisitStatus.CANCELLED;
    }

    /** The day after which the record is locked (R2.3): the visit's day plus {@code lockDays}. */
    public LocalDate lockDate(int lockDays, ZoneId zone) {
        return LocalDate.ofInstant(scheduledAt, zone).plusDays(lockDays);
    }

    public boolean isLocked(Instant now, int lockDays, ZoneId zone) {
        return status == VisitStatus.HELD && LocalDate.ofInstant(now, zone).isAfter(lockDate(lockDays, zone));
    }

    /**
     * Records what happened (IT APE): from CONFIRMED, or edits a HELD record. The boundary checks the lock (R2.3)
     * and who may correct a locked record.
     */
    public void record(Set<Long> attendees, String otherAttendees, List<VisitTopic> topicsWithResults,
                       String questionsAnswered, List<DetectedRequirement> requirements, String coursesSuggested,
                       String assessment, String by, Instant at, boolean correction) {
        if (status != VisitStatus.CONFIRMED && status != VisitStatus.HELD) {
            throw new BusinessException("visit.notRecordable", status.name());
        }
        if (at.isBefore(scheduledAt)) {
            throw new BusinessException("visit.notHeldYet");
        }
        if (topicsWithResults.size() != topics.size()) {
            throw new InvalidInputException("visit.topicsChanged");
        }
        this.attendeeContactIds.clear();
        this.attendeeContactIds.addAll(attendees);
        this.otherAttendees = blank(otherAttendees);
        this.topics.clear();
        this.topics.addAll(topicsWithResults);
        this.questionsAnswered = blank(questionsAnswered);
        this.detectedRequirements.clear();
        this.detectedRequirements.addAll(requirements);
        this.coursesSuggested = blank(coursesSuggested);
        this.assessment = blank(assessment);
        if (correction) {
            correctedAt = at;
            correctedBy = by;
        } else if (status != VisitStatus.HELD) {
            recordedAt = at;
            recordedBy = by;
        }
        status = VisitStatus.HELD;
    }

    private void require(Set<VisitStatus> from, VisitStatus to) {
        if (!from.contains(status)) {
            throw new BusinessException("visit.transitionRefused", status.name(), to.name());
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("visit.reasonRequired");
        }
        if (reason.trim().length() > 500) { // refused, never cut
            throw new InvalidInputException("visit.reasonTooLong", 500);
        }
        return reason.trim();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Client getClient() { return client; }
    public VisitKind getKind() { return kind; }
    public Instant getScheduledAt() { return scheduledAt; }
    public int getDurationMinutes() { return durationMinutes; }
    public String getPlace() { return place; }
    public Set<String> getConsultants() { return Collections.unmodifiableSet(consultants); }
    public String getCommercialObjectives() { return commercialObjectives; }
    public String getTechnicalObjectives() { return technicalObjectives; }
    public List<VisitTopic> getTopics() { return Collections.unmodifiableList(topics); }
    public Set<Long> getInvitedContactIds() { return Collections.unmodifiableSet(invitedContactIds); }
    public VisitStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public Set<Long> getAttendeeContactIds() { return Collections.unmodifiableSet(attendeeContactIds); }
    public String getOtherAttendees() { return otherAttendees; }
    public String getQuestionsAnswered() { return questionsAnswered; }
    public String getCoursesSuggested() { return coursesSuggested; }
    public String getAssessment() { return assessment; }
    public List<DetectedRequirement> getDetectedRequirements() { return Collections.unmodifiableList(detectedRequirements); }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getCorrectedAt() { return correctedAt; }
    public String getCorrectedBy() { return correctedBy; }
}
