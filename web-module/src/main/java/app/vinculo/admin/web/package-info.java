/**
 * Administration pages: users and roles ({@code admin/users.xhtml}, {@code admin/user-edit.xhtml}), business settings
 * ({@code admin/settings.xhtml}), the audit trail ({@code admin/audit.xhtml}), the demo clock
 * ({@code admin/clock.xhtml}) and each user's own profile ({@code profile.xhtml}).
 * <p>
 * ADMIN changes; AUDITOR reads users, settings and the audit trail (web.xml constrains {@code /admin/*} to both
 * roles, {@code /admin/clock.xhtml} to ADMIN). The boundaries ({@code UserService}, {@code SettingsService},
 * {@code AuditService}, {@code ClockService}) enforce the rules: at least one enabled administrator, the password
 * policy, optimistic locking ("changed by someone else"), settings' types and ranges.
 * <p>
 * Out of scope here: the e-mail outbox (reminders feature), service-account tokens (integration feature).
 */
package app.vinculo.admin.web;
