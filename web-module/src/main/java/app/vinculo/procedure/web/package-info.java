/** Web side of the procedure feature: {@code procedure/view.xhtml} (current revision, change control, history) and
 * {@code procedure/edit.xhtml} (the Implementation Head publishes the next revision). */
package app.vinculo.procedure.web;
