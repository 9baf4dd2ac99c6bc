/**
 * The procedure page (PRODUCT.md §8): the client-relations procedure's revisions — text (rich text sanitised with
 * jsoup, ADR 0008), date, summary and change control (location, reason, description, as at the end of the
 * procedure). Boundary: {@link app.vinculo.procedure.boundary.ProcedureService} — current revision, history, one
 * revision, publish the next one (IMPLEMENTATION_HEAD only; revisions are immutable, numbered consecutively).
 * Demo data: revision 03 of August 2021. Out of scope: approval workflow and distribution acknowledgements.
 */
package app.vinculo.procedure;
