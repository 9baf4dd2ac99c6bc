package app.vinculo.platform.security;

import app.vinculo.platform.config.ContainerBeans;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * Who is calling: the authenticated user's name, or {@value #SYSTEM} for timers and startup work.
 * Stateless and application-scoped: it asks the container each time. The name comes from the container's built-in
 * {@link Principal} bean (the caller of the current request or EJB call): Soteria's
 * {@code SecurityContext.getCallerPrincipal()} probes for other servers' classes on every call, which made it the
 * most expensive step of an audited write (issue 13); roles still come from the {@link SecurityContext}.
 */
@ApplicationScoped
public class CurrentUser {

    public static final String SYSTEM = "system";

    @Inject
    SecurityContext securityContext;

    @Inject
    Principal caller;

    public String name() {
        try {
            Principal principal = caller;
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
            return ContainerBeans.get(CurrentUser.class).name();
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
