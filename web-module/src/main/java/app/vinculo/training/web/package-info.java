/**
 * Web tier of training courses and the attendance register (IT RCU, PRODUCT.md §5): the course catalogue, editions
 * (plan, invitations, registrations with the waiting list R5.1, the attendance sheet per session, the closed register
 * R5.2 and its corrections), the RCU report (PDF, XLSX) and attendance certificates, suggested courses (R5.3) and the
 * calendar of sessions.
 */
package app.vinculo.training.web;
