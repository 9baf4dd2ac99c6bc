package app.vinculo.platform.web;

import app.vinculo.platform.security.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login for the portal: protected pages redirect anonymous users to {@code /login.xhtml}, whose backing bean
 * authenticates against the business tier's identity store ({@code VinculoIdentityStore}). After a successful login
 * the user continues to the page first asked for.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.ADMIN, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.PROJECT_MANAGER,
        Role.Names.RD_MANAGER, Role.Names.AUDITOR})
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {
}
