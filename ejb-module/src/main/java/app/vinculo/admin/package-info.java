/**
 * Administration: users and their roles ({@link app.vinculo.admin.boundary.UserService}). Rules: nobody can
 * remove or disable the last enabled administrator; passwords follow
 * {@link app.vinculo.platform.security.PasswordPolicy}. Settings and the audit trail live in
 * {@code app.vinculo.platform.settings} and {@code app.vinculo.platform.audit}; the outbox comes with the
 * reminder engine.
 */
package app.vinculo.admin;
