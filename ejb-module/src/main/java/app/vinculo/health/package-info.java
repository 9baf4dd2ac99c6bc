/**
 * Client health score and "who to visit next" (issue 18, PRODUCT.md R3.2).
 * <p>
 * Boundary: {@link app.vinculo.health.boundary.ClientHealthService} — {@code mine} / {@code countMine} (the signed-in
 * consultant's clients ranked), {@code team} / {@code countTeam} / {@code byConsultant} (the Implementation Head's
 * view), {@code of} (one client's score and parts, for the client page).
 * <p>
 * R3.2: the score is computed from recorded facts only (last contact, A&amp;M agreements, regularisation cases,
 * requirements, quotes, client modules, course attendance), is the same wherever shown (one query, one formula:
 * {@link app.vinculo.health.control.HealthFormula} evaluates the same tiers in Java for the explanation and in SQL
 * for the ranking), and changes as soon as a fact changes (nothing is cached or precomputed). The weights are the
 * {@code HEALTH_WEIGHT_*} settings; the contact tiers use the R3.1 at-risk threshold. The ranking is sorted and
 * paged in the database (see docs/benchmarks.md for 50 000 clients).
 * <p>
 * Out of scope: history of the score over time, machine-learned weights, facts not recorded in Vínculo.
 */
package app.vinculo.health;
