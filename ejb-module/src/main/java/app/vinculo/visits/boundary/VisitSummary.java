package app.vinculo.visits.boundary;

import app.vinculo.visits.entity.VisitKind;
import app.vinculo.visits.entity.VisitStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** One row of the visit lists. */
public record VisitSummary(Long id, Long clientId, String clientName, VisitKind kind, Instant scheduledAt,
                           int durationMinutes, String place, Set<String> consultants, VisitStatus status,
                           int topics) implements Serializable {
}
