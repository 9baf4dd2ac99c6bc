/**
 * Audit trail: every create, update and delete of an {@link app.vinculo.platform.audit.Audited} entity is
 * written (who, when, entity, id, field: old → new) in the same transaction as the change, by an EclipseLink
 * descriptor listener ({@link app.vinculo.platform.audit.AuditCustomizer}); values of
 * {@link app.vinculo.platform.audit.AuditMasked} fields are never written. Boundary:
 * {@link app.vinculo.platform.audit.AuditService} (ADMIN, AUDITOR: read, filter, page).
 * Out of scope: changes made outside JPA (direct SQL).
 */
package app.vinculo.platform.audit;
