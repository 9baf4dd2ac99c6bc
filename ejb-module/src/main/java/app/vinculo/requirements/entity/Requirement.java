package app.vinculo.requirements.entity;

import app.vinculo.clients.entity.Client;
import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serial;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A new need detected at a client ("requerimiento"), reviewed by the Implementation Head, then planned or quoted (R4.1). */
@Entity
@Table(name = "REQUIREMENT")
@Audited
public class Requirement extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CLIENT_ID", nullable = false, updatable = false)
    private Client client;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    @Column(name = "MODULE_CODE", length = 20)
    private String moduleCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "ORIGIN", length = 12, nullable = false, updatable = false)
    private RequirementOrigin origin;

    @Column(name = "ORIGIN_ID", updatable = false)
    private Long originId;

    @Column(name = "DETECTED_BY", length = 40, nullable = false, updatable = false)
    private String detectedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 14, nullable = false)
    private RequirementStatus status = RequirementStatus.NEW;

    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;

    @Column(name = "REVIEWED_AT")
    private Instant reviewedAt;

    @Column(name = "REVIEWED_BY", length = 40)
    private String reviewedBy;

    @Column(name = "REJECT_REASON", length = 1000)
    private String rejectReason;

    @Column(name = "TARGET_DATE")
    private LocalDate targetDate;

    @Column(name = "TARGET_VERSION", length = 30)
    private String targetVersion;

    @Column(name = "ESTIMATE_HOURS")
    private Integer estimateHours;

    @Column(name = "PLAN_OWNER", length = 40)
    private String planOwner;

    @Column(name = "DELIVERED_AT")
    private Instant deliveredAt;

    protected Requirement() {
    }

    public Requirement(Client client, String title, String description, String moduleCode, RequirementOrigin origin,
                       Long originId, String detectedBy) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new InvalidInputException("requirement.titleInvalid");
        }
        if (description != null && description.length() > 4000) {
            throw new InvalidInputException("requirement.descriptionTooLong", 4000);
        }
        this.client = client;
        this.title = title.trim();
        this.description = description == null || description.isBlank() ? null : description.trim();
        this.moduleCode = moduleCode == null || moduleCode.isBlank() ? null : moduleCode.trim();
        this.origin = origin == null ? RequirementOrigin.OTHER : origin;
        this.originId = originId;
        this.detectedBy = detectedBy;
    }

    public void submit(Instant at) {
        move(EnumSet.of(RequirementStatus.NEW), RequirementStatus.UNDER_REVIEW);
        submittedAt = at;
    }

    /** R4.1: with an active A&D agreement it goes to planning, otherwise a quote is opened for it. */
    public void approve(boolean activeDevelopmentAgreement, String by, Instant at) {
        move(EnumSet.of(RequirementStatus.UNDER_REVIEW),
                activeDevelopmentAgreement ? RequirementStatus.PLANNED : RequirementStatus.QUOTING);
        reviewedBy = by;
        reviewedAt = at;
    }

    public void reject(String reason, String by, Instant at) {
        String r = reason(reason);
        move(EnumSet.of(RequirementStatus.UNDER_REVIEW), RequirementStatus.REJECTED);
        rejectReason = r;
        reviewedBy = by;
        reviewedAt = at;
    }

    /** The quote for it was accepted: to planning. */
    public void quoteAccepted() {
        move(EnumSet.of(RequirementStatus.QUOTING), RequirementStatus.PLANNED);
    }

    /** The quote for it was rejected by the client. */
    public void quoteRejected(String reason) {
        String r = reason(reason);
        move(EnumSet.of(RequirementStatus.QUOTING), RequirementStatus.REJECTED);
        rejectReason = r;
    }

    /** Planning details: a target date or version, the estimate and who does it. */
    public void plan(LocalDate targetDate, String targetVersion, Integer estimateHours, String owner) {
        if (status != RequirementStatus.PLANNED && status != RequirementStatus.IN_PROGRESS) {
            throw new BusinessException("requirement.transitionRefused", status.name(), RequirementStatus.PLANNED.name());
        }
        if (targetDate == null && (targetVersion == null || targetVersion.isBlank())) {
            throw new InvalidInputException("requirement.targetRequired");
        }
        if (estimateHours == null || estimateHours <= 0 || estimateHours > 100_000) {
            throw new InvalidInputException("requirement.estimateInvalid");
        }
        if (owner == null || owner.isBlank()) {
            throw new InvalidInputException("requirement.ownerRequired");
        }
        this.targetDate = targetDate;
        this.targetVersion = targetVersion == null || targetVersion.isBlank() ? null : targetVersion.trim();
        this.estimateHours = estimateHours;
        this.planOwner = owner;
    }

    public void start() {
        if (status != RequirementStatus.PLANNED) {
            throw new BusinessException("requirement.transitionRefused", status.name(), RequirementStatus.IN_PROGRESS.name());
        }
        if (planOwner == null) {
            throw new BusinessException("requirement.notPlannedYet");
        }
        move(EnumSet.of(RequirementStatus.PLANNED), RequirementStatus.IN_PROGRESS);
    }

    public void deliver(Instant at) {
        move(EnumSet.of(RequirementStatus.IN_PROGRESS), RequirementStatus.DELIVERED);
        deliveredAt = at;
    }

    private void move(Set<RequirementStatus> from, RequirementStatus to) {
        if (!from.contains(status)) {
            throw new BusinessException("requirement.transitionRefused", status.name(), to.name());
        }
        status = to;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("requirement.reasonRequired");
        }
        String r = reason.trim();
        if (r.length() > 1000) { // refused, never cut: what is stored is what the user wrote
            throw new InvalidInputException("requirement.reasonTooLong", 1000);
        }
        return r;
    }

    public Client getClient() { return client; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getModuleCode() { return moduleCode; }
    public RequirementOrigin getOrigin() { return origin; }
    public Long getOriginId() { return originId; }
    public String getDetectedBy() { return detectedBy; }
    public RequirementStatus getStatus() { return status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public String getRejectReason() { return rejectReason; }
    public LocalDate getTargetDate() { return targetDate; }
    public String getTargetVersion() { return targetVersion; }
    public Integer getEstimateHours() { return estimateHours; }
    public String getPlanOwner() { return planOwner; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
