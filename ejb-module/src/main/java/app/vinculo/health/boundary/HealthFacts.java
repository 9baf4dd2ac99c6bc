package app.vinculo.health.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * R3.2 the recorded facts one client's health score is computed from, as the ranking query reads them.
 *
 * @param lastContact        last recorded contact (follow-up, visit, course); null when never contacted
 * @param since              what "days since contact" counts from: the last contact, or the client's creation
 * @param maintenanceActive  an A&amp;M agreement is ACTIVE today (R1.3)
 * @param maintenanceEnd     the latest end of the client's non-cancelled A&amp;M agreements (null: none ever)
 */
public record HealthFacts(Instant lastContact, Instant since, boolean maintenanceActive, LocalDate maintenanceEnd,
                          int openRegularizations, int openRequirements, int quotesWaiting, int modulesOfInterest,
                          int untrainedContacts) implements Serializable {
}
