/**
 * Follow-ups (PRODUCT.md §3, "Seguimiento comercial y técnico" recorded in the SGC). Boundary:
 * {@link app.vinculo.followups.boundary.FollowUpService} — record a contact (channel, nature, contacts, summary,
 * outcome, optional next action with owner and due date), next steps of a visit, mark a next action done (its owner
 * or an Implementation Head), "my next actions", a client's history. Rules: R1.3 (a TECHNICAL follow-up passes the
 * gate; COMMERCIAL ones always pass), R3.1 (every contact moves the client's last contact; at risk after AT_RISK_DAYS).
 * Reminders: RM1 (next action due), RM7 (client at risk → lead consultant).
 */
package app.vinculo.followups;
