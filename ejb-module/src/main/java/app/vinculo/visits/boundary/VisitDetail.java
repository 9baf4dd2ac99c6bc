package app.vinculo.visits.boundary;

import app.vinculo.visits.entity.VisitKind;
import app.vinculo.visits.entity.VisitStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A visit with its plan and record, for its page and forms. {@code locked}: R2.3 for the caller. */
public record VisitDetail(Long id, long version, Long clientId, String clientName, VisitKind kind, Instant scheduledAt,
                          int durationMinutes, String place, Set<String> consultants, String commercialObjectives,
                          String technicalObjectives, List<TopicForm> topics, Set<Long> invitedContactIds,
                          VisitStatus status, String statusReason, Set<Long> attendeeContactIds, String otherAttendees,
                          String questionsAnswered, List<VisitRecordForm.RequirementItem> requirements,
                          String coursesSuggested, String assessment, Instant recordedAt, String recordedBy,
                          Instant correctedAt, String correctedBy, LocalDate lockDate, boolean locked)
        implements Serializable {
}
