/**
 * Web side of the benchmarks (demo mode only): {@code PageCostFilter} counts SQL statements and server time per
 * page, {@code BenchServlet} is the harness's control endpoint (generate the volume, read and reset the page costs,
 * heap after GC), {@code floor.xhtml} is the floor page (a Faces page that touches no database).
 */
package app.vinculo.bench.web;
