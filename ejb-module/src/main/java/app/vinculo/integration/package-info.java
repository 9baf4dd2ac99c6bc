/**
 * Integration (PRODUCT.md §9): the REST API for the helpdesk and the ERP under {@code /api/v1}, and the service
 * accounts that call it.
 * <p>
 * Boundary operations: {@code ServiceAccountService} — create a named account with scopes (read, write) and a rate
 * limit (the token is returned once and stored as its SHA-256), revoke it, list accounts with their calls of the last
 * 24 hours, recent calls; {@code ApiCallLog.record} — one audit row per API call with the account's name;
 * {@code OperatorFigures} — outbox depth for the metrics. Token checking is {@code platform.security
 * .TokenAuthenticationService}. The API's resources (web module, {@code integration.rest}) call the boundaries the
 * portal calls: clients and contacts read, the R1.3 entitlement ({@code AssistanceService.check}), assistance requests
 * with the same gate and referral to the Project Managers (R1.3, R1.4), follow-ups with the portal's validation and
 * gate (§3), the client timeline.
 * <p>
 * Rules: R1.3 through the agreements boundary; scopes: a read token cannot write (403 in the REST layer, and the
 * business tier refuses it too: read acts as AUDITOR); a revoked token authenticates nobody, at once on every server.
 * <p>
 * Out of scope: OAuth, token expiry dates (revoke and create a new one), per-client permissions for accounts,
 * a rate limit shared by several servers (each server counts its own; ADR 0012).
 */
package app.vinculo.integration;
