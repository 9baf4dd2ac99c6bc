package app.vinculo.platform.web;

import app.vinculo.platform.security.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Form login for the portal: protected pages redirect anonymous users to {@code /login.xhtml}, whose backing bean
 * authenticates against the business tier's identity store ({@code VinculoIdentityStore}). After a successful login
 * the user continues to the page first asked for. The mechanism is {@link PortalAuthenticationMechanism}, which also
 * authenticates the REST API's bearer tokens.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.ADMIN, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.PROJECT_MANAGER,
        Role.Names.RD_MANAGER, Role.Names.AUDITOR})
public class SecurityConfiguration {
}
