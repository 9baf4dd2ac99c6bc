package app.vinculo.platform.web;

import app.vinculo.platform.security.AuthenticationService;
import app.vinculo.platform.security.LoginResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.Serial;
import java.io.Serializable;
import java.util.TreeSet;

/**
 * The portal's form login (what {@code @CustomFormAuthenticationMechanismDefinition} gave before, plus two things):
 * the security headers on every response the mechanism answers — the anonymous redirect to the login page is sent
 * before any servlet filter runs (issue #16, finding 10) — and the client address passed to the credential check for
 * the per-address throttle (finding 4). Protected pages redirect anonymous users to {@code /login.xhtml} (a GET's page
 * is kept in the session, to continue there after login); the login page's backing bean calls
 * {@code SecurityContext.authenticate} with the credential; the session's {@link SignedIn} keeps the caller signed in
 * (on any instance of a deployment group, issue #17).
 * It is the application's one mechanism (Jakarta Security allows one), so it also serves the REST API:
 * {@link BearerTokenInterceptor} runs first and answers every {@code /api/} request itself — a bearer token or
 * nobody, never the browser's session (ADR 0012).
 */
@ApplicationScoped
@BearerTokens
public class FormAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute with the {@link LoginResult.Outcome} of a refused login, for the login page's message. */
    static final String OUTCOME = "vinculo.login.outcome";

    /** Session attribute with the page (path and query of a GET) first asked for, to continue there after login. */
    static final String CONTINUE = "vinculo.login.continue";

    /**
     * Session attribute with the signed-in caller ({@link SignedIn}): every request of the session is authenticated from
     * it, on whichever instance of a deployment group it lands (the replicated session carries its attributes; the
     * container's own session principal, which {@code @AutoApplySession} used, reached the other instance without its
     * groups, so every EJB call there was refused).
     */
    static final String SIGNED_IN = "vinculo.login.caller";

    /** Who signed in and their roles at that moment; small and Serializable, replicated with the session. */
    record SignedIn(String name, TreeSet<String> groups) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    @Inject
    AuthenticationService authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn caller) {
                return context.notifyContainerAboutLogin(new CredentialValidationResult(caller.name(), caller.groups()));
            }
            if (context.isProtected()) {
                // the redirect to the login page (what @LoginToContinue did), sent here so that it carries the headers
                if ("GET".equals(request.getMethod())) {
                    request.getSession(true).setAttribute(CONTINUE, request.getRequestURI()
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
                }
                return context.redirect(request.getContextPath() + "/login.xhtml");
            }
            return context.doNothing();
        }
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        LoginResult result = authentication.check(login.getCaller(), login.getPasswordAsString(),
                request.getRemoteAddr());
        if (result.outcome() != LoginResult.Outcome.VALID) {
            request.setAttribute(OUTCOME, result.outcome());
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        request.getSession(true).setAttribute(SIGNED_IN, new SignedIn(result.username(), new TreeSet<>(result.groups())));
        return context.notifyContainerAboutLogin(new CredentialValidationResult(result.username(), result.groups()));
    }
}
