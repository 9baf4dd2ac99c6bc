package app.vinculo.platform.web;

import app.vinculo.platform.security.ApiCaller;
import app.vinculo.platform.security.TokenAuthenticationService;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * Authenticates the REST API's callers by {@code Authorization: Bearer <token>}, before the session and login-page
 * interceptors of the form login run (lower priority number = earlier): an {@code /api/} request is a service
 * account with a valid token, for this request only (no session is created or used), or anonymous. Anonymous API
 * requests are answered 401 by the API's own filter, which reads {@link #CALLER} and {@link #REFUSAL}.
 */
@BearerTokens
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class BearerTokenInterceptor {

    /** Request attribute: the authenticated {@link ApiCaller}. */
    public static final String CALLER = "app.vinculo.api.caller";
    /** Request attribute: why a presented token was refused ("missing", "invalid"). */
    public static final String REFUSAL = "app.vinculo.api.refusal";

    @Inject
    TokenAuthenticationService tokens;

    @AroundInvoke
    public Object authenticate(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        if (!"validateRequest".equals(invocation.getMethod().getName()) || parameters.length != 3
                || !(parameters[0] instanceof HttpServletRequest request)
                || !(parameters[2] instanceof HttpMessageContext context) || !isApi(request)) {
            return invocation.proceed();
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.setAttribute(REFUSAL, "missing");
            return context.doNothing();
        }
        Optional<ApiCaller> caller = tokens.authenticate(header.substring(7).trim());
        if (caller.isEmpty()) {
            request.setAttribute(REFUSAL, "invalid");
            return context.doNothing();
        }
        request.setAttribute(CALLER, caller.get());
        return context.notifyContainerAboutLogin(caller.get().principal(), caller.get().groups());
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && uri.startsWith(request.getContextPath() + "/api/");
    }
}
