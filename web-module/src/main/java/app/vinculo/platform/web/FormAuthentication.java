package app.vinculo.platform.web;

import app.vinculo.platform.security.AuthenticationService;
import app.vinculo.platform.security.LoginResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The portal's form login (what {@code @CustomFormAuthenticationMechanismDefinition} gave before, plus two things):
 * the security headers on every response the mechanism answers — the anonymous redirect to the login page is sent
 * before any servlet filter runs (issue #16, finding 10) — and the client address passed to the credential check for
 * the per-address throttle (finding 4). Protected pages redirect anonymous users to {@code /login.xhtml} (a GET's page
 * is kept in the session, to continue there after login); the login page's backing bean calls
 * {@code SecurityContext.authenticate} with the credential; {@code @AutoApplySession} keeps the caller signed in.
 * It is the application's one mechanism (Jakarta Security allows one), so it also serves the REST API:
 * {@link BearerTokenInterceptor} runs first and answers every {@code /api/} request itself — a bearer token or
 * nobody, never the browser's session (ADR 0012).
 */
@ApplicationScoped
@BearerTokens
@AutoApplySession
public class FormAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute with the {@link LoginResult.Outcome} of a refused login, for the login page's message. */
    static final String OUTCOME = "vinculo.login.outcome";

    /** Session attribute with the page (path and query of a GET) first asked for, to continue there after login. */
    static final String CONTINUE = "vinculo.login.continue";

    /**
     * Session attribute with the signed-in user's name: what lets another instance of a deployment group take the
     * session over (the replicated session carries its attributes, not the container's principal).
     */
    static final String SIGNED_IN = "vinculo.login.user";

    @Inject
    AuthenticationService authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            if (request.getUserPrincipal() == null) {
                AuthenticationStatus resumed = resume(request, context);
                if (resumed != null) {
                    return resumed;
                }
            }
            if (context.isProtected() && request.getUserPrincipal() == null) {
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
        request.getSession(true).setAttribute(SIGNED_IN, result.username());
        return context.notifyContainerAboutLogin(new CredentialValidationResult(result.username(), result.groups()));
    }

    /**
     * A session signed in on another instance (it failed or was stopped) goes on here: the user is signed in again from
     * the session's {@link #SIGNED_IN} name if the account is still enabled, with its current roles; null otherwise.
     */
    private AuthenticationStatus resume(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN) instanceof String name)) {
            return null;
        }
        LoginResult result = authentication.resume(name);
        if (result.outcome() != LoginResult.Outcome.VALID) {
            session.removeAttribute(SIGNED_IN);
            return null;
        }
        return context.notifyContainerAboutLogin(new CredentialValidationResult(result.username(), result.groups()));
    }
}
