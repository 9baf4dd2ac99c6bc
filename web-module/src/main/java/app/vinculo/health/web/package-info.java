/**
 * Web tier of the client health score (issue 18, R3.2): "who to visit next" ({@code health/next-visits.xhtml},
 * {@link app.vinculo.health.web.NextVisitsBacking}) for consultants and the Implementation Head's team view, and the
 * score's parts on the client page ({@link app.vinculo.health.web.ClientHealthBacking}, an include).
 */
package app.vinculo.health.web;
