/**
 * Training courses and the attendance register (IT RCU, PRODUCT.md §5).
 *
 * <p>Boundaries: {@code CourseService} (catalogue), {@code EditionService} (plan, open, held, close, cancel; lists and
 * calendar), {@code RegistrationService} (candidates, invitations, enrol/accept/accept all/decline, attendance per
 * session, the Implementation Head's corrections, a contact's courses), {@code RcuService} (RCU report,
 * certificates, R5.3 suggestions).
 *
 * <p>Rules: R5.1 never more registrations than the capacity, a freed seat to the first waitlisted
 * ({@code control.Seats}: one conditional UPDATE per seat); R5.2 a CLOSED edition's register is immutable but for
 * audited corrections by the Implementation Head; R5.3 topics shared by ≥ N clients with no upcoming edition; RM4.
 *
 * <p>Out of scope: online course delivery, fees and invoicing of courses.
 */
package app.vinculo.training;
