package app.vinculo.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one per application), for both doors:
 * <ul>
 *   <li>the portal: the custom form login it always had — what {@code @CustomFormAuthenticationMechanismDefinition}
 *   did: the login page's bean calls {@code SecurityContext.authenticate} with the typed credential, the identity
 *   store checks it, the session keeps the user ({@code @AutoApplySession}), protected pages send anonymous users to
 *   {@code /login.xhtml} ({@code @LoginToContinue});</li>
 *   <li>the REST API: {@link BearerTokens} runs before those two interceptors and answers every {@code /api/} request
 *   itself — a bearer token or nobody, never the browser's session (ADR 0012).</li>
 * </ul>
 */
@ApplicationScoped
@BearerTokens
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
