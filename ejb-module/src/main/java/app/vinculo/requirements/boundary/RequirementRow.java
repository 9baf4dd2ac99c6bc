package app.vinculo.requirements.boundary;

import app.vinculo.requirements.entity.RequirementOrigin;
import app.vinculo.requirements.entity.RequirementStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A requirement as lists and its page show it. */
public record RequirementRow(Long id, long version, Long clientId, String clientName, String title, String description,
                             String moduleCode, RequirementOrigin origin, Long originId, String detectedBy,
                             RequirementStatus status, Instant submittedAt, Instant reviewedAt, String reviewedBy,
                             String rejectReason, LocalDate targetDate, String targetVersion, Integer estimateHours,
                             String planOwner, Instant deliveredAt, Instant createdAt) implements Serializable {
}
