/**
 * Visits (PRODUCT.md §2, IT APE "Asistencia/Visita Presencial"). Boundary: {@link app.vinculo.visits.boundary.VisitService}
 * — plan (objectives, ordered topics tied to modules, main or spare; contacts to coordinate), replan, confirm,
 * postpone, cancel, record (attendees, per-topic outcome and interest, questions, detected requirements kept on the
 * record until the requirements feature links them, module interest → the client's modules, courses suggested, next
 * steps → follow-ups, assessment), lists. Rules: R1.3 (ASSISTANCE and MIXED visits pass the gate for the visit's day),
 * R2.1 (minimum topics to confirm, setting VISIT_MIN_TOPICS), R2.2 (warning, not a block, when a commercial or mixed
 * visit invites no decision maker or influencer), R2.3 (the record locks VISIT_LOCK_DAYS after the visit; then only
 * an Implementation Head corrects it, audited). Reminders: RM2. Out of scope here: the PDF report (web tier).
 */
package app.vinculo.visits;
