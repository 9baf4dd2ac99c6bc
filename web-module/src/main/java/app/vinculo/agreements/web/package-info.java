/**
 * Pages of the agreements feature: the assistance request (R1.3: one call to the gate, "assist" or the refusal and
 * its referral) and the regularisation cases (R1.4: list, detail, the Project Manager's actions). Agreements
 * themselves are shown and changed on the client page ({@code app.vinculo.clients.web}).
 */
package app.vinculo.agreements.web;
