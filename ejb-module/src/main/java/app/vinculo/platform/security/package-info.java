/**
 * Security foundations: the six roles of the procedure ({@link app.vinculo.platform.security.Role}), the
 * database identity store with PBKDF2-SHA256 (600 000 iterations) and login throttling after repeated failures
 * ({@link app.vinculo.platform.security.AuthenticationService}), the password policy, and
 * {@link app.vinculo.platform.security.CurrentUser}. Every boundary method declares its roles.
 */
package app.vinculo.platform.security;
