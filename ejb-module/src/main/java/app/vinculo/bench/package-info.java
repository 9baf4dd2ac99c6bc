/**
 * Benchmarks at scale (issue 13): the volume generator and the SQL statement counter the benchmark harness reads.
 * <ul>
 *   <li>{@code VolumeService.generate(divisor)} (ADMIN, demo mode only): 50 000 clients, 200 000 contacts, about
 *   2 million follow-ups over 10 years, 100 000 visits, 20 000 quotes (plus 10 000 requirements without one),
 *   5 000 course editions and 200 staff users at divisor 1; 1/divisor of it otherwise. Batched JDBC, committed
 *   every 20 000 rows, ids from a block reserved in the JPA id sequence.</li>
 *   <li>{@code SqlStatements}: statements executed by EclipseLink on the current thread.</li>
 * </ul>
 * The generated data keeps the rules: R1.2 (agreements of one client and type never overlap, renewals linked),
 * R1.3 (TECHNICAL follow-ups and ASSISTANCE/MIXED visits only on days the client had an active A&amp;M agreement),
 * R1.4 (cases in every state), R2.1 (confirmed visits have two topics), R3.1 (about one client in seven at risk),
 * R4.1 (clients with A&amp;D get planned requirements, others quotes), R4.2 (one PV number per year and quote),
 * R5.1 (registrations within capacity, the seat counter equal to the registrations). {@code VolumeGeneratorIT}
 * checks them at a small scale.
 * <p>A deliberate exception to the feature rules: the generator writes every feature's tables by SQL and uses
 * {@code clients.control.SearchTokens}, so that its search words are exactly those the client index writes.
 * <p>Out of scope: the audit trail of generated rows (there is none), PostgreSQL-specific bulk loading (COPY).
 */
package app.vinculo.bench;
