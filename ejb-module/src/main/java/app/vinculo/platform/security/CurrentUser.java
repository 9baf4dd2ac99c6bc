package app.vinculo.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * Who is calling: the authenticated user's name, or {@value #SYSTEM} for timers and startup work.
 * Stateless and application-scoped: it asks the container each time.
 */
@ApplicationScoped
public class CurrentUser {

    public static final String SYSTEM = "system";

    @Inject
    SecurityContext securityContext;

    public String name() {
        try {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null || principal.getName() == null || "ANONYMOUS".equalsIgnoreCase(principal.getName())) {
                return SYSTEM;
            }
            return principal.getName();
        } catch (RuntimeException noSecurityContextHere) {
            return SYSTEM;
        }
    }

    /** The caller's name for code the container does not inject into (JPA and EclipseLink listeners). */
    public static String lookup() {
        try {
            return jakarta.enterprise.inject.spi.CDI.current().select(CurrentUser.class).get().name();
        } catch (RuntimeException outsideContainer) {
            return SYSTEM;
        }
    }

    public boolean hasRole(Role role) {
        try {
            return securityContext.isCallerInRole(role.name());
        } catch (RuntimeException noSecurityContextHere) {
            return false;
        }
    }
}
