package app.vinculo.clients.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the client list. {@code maintenanceUntil}: end of the A&M agreement active today (null when none);
 * {@code daysSinceContact}: null when never contacted; {@code atRisk}: R3.1.
 */
public record ClientSummary(Long id, String legalName, String tradeName, String taxId, String leadConsultant,
                            boolean active, LocalDate maintenanceUntil, Instant lastContactAt, Long daysSinceContact,
                            boolean atRisk) implements Serializable {
}
