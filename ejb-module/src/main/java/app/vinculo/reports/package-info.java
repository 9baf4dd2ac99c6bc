/**
 * Dashboards, KPIs, the calendar and its iCalendar feed, the audit view and the ISO 9001 evidence pack (PRODUCT.md §8).
 * A read-side feature: it reads the other features' entities with its own constructor queries (never their controls)
 * and writes only its calendar feeds.
 * <p>
 * Boundaries:
 * {@link app.vinculo.reports.boundary.DashboardService#home()} — the home page per role: my agenda (visits and sessions
 * of the week), my next actions (overdue counted), clients at risk (R3.1, mine or all), A&amp;M/A&amp;D agreements
 * ending in 60 days (RM3's threshold), requirements waiting for review, quotes to prepare/approve/send/follow (R4.2),
 * test cases assigned to me, open regularisation cases (R1.4), campaign progress (R6.2); a fixed number of SQL
 * statements whatever the data size (DashboardIT counts them).
 * {@link app.vinculo.reports.boundary.KpiService#compute} — the procedure's objectives for a period and consultant.
 * {@link app.vinculo.reports.boundary.CalendarService} — calendar events (mine / team), the private feed (new token,
 * revoke, read by token; ADR 0010, 0011).
 * {@link app.vinculo.reports.boundary.AuditTrailService} — the audit trail as one row per change, records named.
 * {@link app.vinculo.reports.boundary.EvidenceService#pack} — a client's evidence pack for a period.
 * <p>
 * Out of scope: writing any business record; scheduled report mailings.
 */
package app.vinculo.reports;
