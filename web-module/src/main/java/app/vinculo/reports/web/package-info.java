/**
 * Web side of the reports feature: the home page per role ({@code index.xhtml}, HomeBacking), KPIs with charts and
 * CSV/XLSX ({@code reports/kpis.xhtml}), the calendar of visits and sessions with the private iCalendar feed
 * ({@code reports/calendar.xhtml}, {@code /feeds/calendar/<token>.ics}), the ISO 9001 evidence pack PDF
 * ({@code reports/evidence.xhtml}), the audit view's value formatting, and the landscape PDF options of the lists.
 */
package app.vinculo.reports.web;
