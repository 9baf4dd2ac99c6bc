package app.vinculo.platform.web;

import app.vinculo.platform.security.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Form login is {@link FormAuthentication}: protected pages redirect anonymous users to
 * {@code /login.xhtml}, whose backing bean authenticates against the business tier ({@code AuthenticationService}).
 * After a successful login the user continues to the page first asked for. The same mechanism authenticates the
 * REST API's bearer tokens ({@link BearerTokens}, ADR 0012).
 */
@ApplicationScoped
@DeclareRoles({Role.Names.ADMIN, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.PROJECT_MANAGER,
        Role.Names.RD_MANAGER, Role.Names.AUDITOR})
public class SecurityConfiguration {
}
