/**
 * Training courses and the attendance register (IT RCU, PRODUCT.md §5): the course catalogue, editions with their
 * sessions, invitations and registrations (R5.1 capacity and waiting list), attendance per session, the closed
 * register (R5.2), the RCU report and certificates, suggested courses (R5.3) and the RM4 reminder.
 */
package app.vinculo.training;
