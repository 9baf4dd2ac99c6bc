package app.vinculo.agreements.boundary;

import app.vinculo.agreements.entity.GateReason;
import app.vinculo.agreements.entity.RegularizationStatus;

import java.io.Serializable;
import java.time.Instant;

/** A regularisation case as the PMs' list and detail show it. */
public record RegularizationRow(Long id, long version, Long clientId, String clientName, RegularizationStatus status,
                                GateReason reason, Instant openedAt, int refusals, String lastRequest, String notes,
                                String declineReason, Instant closedAt) implements Serializable {
}
