/**
 * Integration, web tier: the administrators' page of REST API service accounts ({@code admin/service-accounts.xhtml}:
 * create with scopes and a rate limit, the token shown once, revoke; calls of the last 24 hours). The API itself is
 * {@code app.vinculo.integration.rest}.
 */
package app.vinculo.integration.web;
