package app.vinculo.visits.boundary;

import app.vinculo.visits.entity.VisitKind;
import app.vinculo.visits.entity.VisitStatus;

import java.io.Serializable;
import java.time.Instant;

/** Filters of the visit lists; null = any. {@code consultant}: "my visits". */
public record VisitFilter(String consultant, Long clientId, VisitKind kind, VisitStatus status, Instant from,
                          Instant to) implements Serializable {

    public static VisitFilter none() {
        return new VisitFilter(null, null, null, null, null, null);
    }
}
