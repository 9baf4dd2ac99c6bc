/**
 * Agreements, the assistance gate and commercial regularisation (PRODUCT.md §1).
 * Boundaries: {@link app.vinculo.agreements.boundary.AgreementService} (create, renew, cancel — Project Managers),
 * {@link app.vinculo.agreements.boundary.AssistanceService} (assistance requests, R1.3),
 * {@link app.vinculo.agreements.boundary.RegularizationService} (R1.4). Every feature that records assistance calls
 * {@link app.vinculo.agreements.boundary.AssistanceGate#requireAssistable}: when the client has no A&M agreement
 * active that day the action is refused with the reason (never had one, expired on date, cancelled, not yet
 * active, client inactive) and the case is referred to the PMs — an open regularisation case is created or reused,
 * in its own transaction, and the PMs are e-mailed through the outbox ({@code RegularizationReminders}).
 * Rules: R1.2 (no overlapping agreements of one client and type; the client row is locked while checking), R1.3,
 * R1.4 (a case closes as REGULARIZED when an A&M agreement is active: at creation and hourly). Reminders: RM3
 * ({@link app.vinculo.agreements.control.AgreementEndingReminders}, thresholds from the settings).
 */
package app.vinculo.agreements;
