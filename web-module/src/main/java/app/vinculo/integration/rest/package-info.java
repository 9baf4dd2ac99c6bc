/**
 * The REST API under {@code /api/v1} for the helpdesk and the ERP (PRODUCT.md §9), JSON records only (never entities):
 * clients (list with q/page/size, one with contacts, agreements and today's entitlement, by tax id), the R1.3
 * entitlement for a day, the timeline, follow-ups (list, one, register — the portal's validation and gate), assistance
 * requests (the gate's answer and the referral to the Project Managers, R1.3/R1.4).
 * <p>
 * {@link app.vinculo.integration.rest.ApiAccessFilter}: bearer token or 401, scope or 403, requests per minute or
 * 429, bodies over 64 KiB 413, one audit row per call with the account's name, the request counter. Every error is
 * {@code application/problem+json} with a stable {@code type} and translated {@code title}/{@code detail}; bad input is
 * 400 naming the field ({@link app.vinculo.integration.rest.JsonBody}, {@link app.vinculo.integration.rest.QueryParams}),
 * never 500. {@link app.vinculo.integration.rest.ApiMetrics}: MicroProfile Metrics (requests, outbox depth).
 * <p>
 * Out of scope: writing clients, contacts or agreements; webhooks; the restriction of {@code /metrics} and
 * {@code /openapi} to operators (server configuration).
 */
package app.vinculo.integration.rest;
