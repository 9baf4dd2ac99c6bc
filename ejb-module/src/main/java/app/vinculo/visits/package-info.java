/**
 * Visits (PRODUCT.md §2, IT APE "Asistencia/Visita Presencial"). Boundary: {@link app.vinculo.visits.boundary.VisitService}
 * — plan (objectives, ordered topics tied to modules, main or spare; contacts to coordinate), replan, confirm,
 * postpone, cancel, record (attendees, per-topic outcome and interest, questions, detected requirements kept on the
 * record until the requirements feature links them, module interest → the client's modules, courses suggested, next
 * steps → follow-ups, assessment), lists. Rules: R1.3 (ASSISTANCE and MIXED visits pass the gate for the visit's day),
 * R2.1 (minimum topics to confirm, setting VISIT_MIN_TOPICS), R2.2 (warning, not a block, when a commercial or mixed
 * visit invites no decision maker or influencer), R2.3 (the record locks VISIT_LOCK_DAYS after the visit; then only
 * an Implementation Head corrects it, audited). Reminders: RM2. Out of scope here: the PDF report (web tier).
 * <p>
 * Visit preparation assistant (issue 18): {@link app.vinculo.visits.boundary.VisitAssistantService} — proposeTopics
 * (modules of interest and growth room weighted by same-industry installs, open and delivered-not-shown requirements,
 * release changes on INSTALLED modules since the last held visit, upcoming course editions and contacts never
 * trained, open next actions, the last visit's skipped topics; ranked, main or spare) and proposeContacts (decision
 * makers, influencers, key users of the plan's modules, last met; modules without a key user). R2.4: never a
 * NOT_INTERESTED module, a REJECTED requirement or a DELIVERED one already shown (covered on a held visit, known
 * from the topic's source); each proposal names its source record, which the planned topic keeps. Read only: the
 * plan's save and confirmation stay VisitService's (R1.3, R2.1, R2.2).
 */
package app.vinculo.visits;
