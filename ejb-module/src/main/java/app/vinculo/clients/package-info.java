/**
 * Clients, their contacts and modules (PRODUCT.md §1). Boundaries, one per job:
 * {@link app.vinculo.clients.boundary.ClientService} — list (paged in the database, filters by text, consultant, A&M
 * status, module, at risk), word-prefix search (accent- and case-insensitive, through the {@code CLIENT_SEARCH_TOKEN}
 * index, so its cost follows the matches, not the table), create/edit (CUIT check digit or a foreign id; unique tax
 * id), deactivate (never delete), assign consultants (Implementation Head);
 * {@link app.vinculo.clients.boundary.ContactService} — contacts (decision maker / influencer, key-user modules,
 * language of their mails);
 * {@link app.vinculo.clients.boundary.ClientModuleService} — modules per client (installed / of interest / not
 * interested: the growth room) and the module catalogue (admin);
 * {@link app.vinculo.clients.boundary.ClientTimelineService} — the client timeline merged from every feature's
 * {@link app.vinculo.platform.timeline.TimelineSource}.
 * Rules: R1.1 (only active clients take part: the default list and the gate). Out of scope: contact history
 * entries of visits and follow-ups (their features contribute them to the timeline).
 */
package app.vinculo.clients;
