package app.vinculo.integration.rest;

import app.vinculo.integration.boundary.ApiCallLog;
import app.vinculo.platform.security.ApiCaller;
import app.vinculo.platform.web.BearerTokenInterceptor;
import app.vinculo.platform.web.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.time.Clock;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's door, before any resource is matched: a service account authenticated by its bearer token
 * ({@link BearerTokenInterceptor}) or 401; the token's scopes (read: GET; write: POST) or 403; its requests per minute
 * or 429 with {@code Retry-After}; a declared body over the limit 413. After the answer: one audit row per call with
 * the account's name and the status ({@link ApiCallLog}), and the request counter.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAccessFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ApiAccessFilter.class.getName());
    private static final String CALLER = "vinculo.api.caller";
    private static final String STARTED = "vinculo.api.started";
    private static final Set<String> PUBLIC = Set.of("ping");
    private static final Set<String> READING = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Context
    HttpServletRequest servletRequest;

    @Inject
    RateLimiter limiter;

    @Inject
    ApiCallLog callLog;

    @Inject
    ApiMetrics metrics;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        String path = request.getUriInfo().getPath();
        if (PUBLIC.contains(path.startsWith("/") ? path.substring(1) : path)) {
            return;
        }
        HttpHeaders headers = new RequestHeaders(request);
        if (!(servletRequest.getAttribute(BearerTokenInterceptor.CALLER) instanceof ApiCaller caller)) {
            boolean presented = "invalid".equals(servletRequest.getAttribute(BearerTokenInterceptor.REFUSAL));
            request.abortWith(Response.fromResponse(ProblemResponses.problem(headers, 401,
                            presented ? "problem.token.invalid" : "problem.token.missing"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"vinculo\""
                            + (presented ? ", error=\"invalid_token\"" : "")).build());
            return;
        }
        request.setProperty(CALLER, caller);
        boolean reading = READING.contains(request.getMethod());
        if (reading ? !caller.canRead() : !caller.canWrite()) {
            request.abortWith(ProblemResponses.problem(headers, 403, reading ? "problem.scope.read" : "problem.scope.write"));
            return;
        }
        long now = clock.millis();
        if (!limiter.tryAcquire(caller, now)) {
            request.abortWith(Response.fromResponse(ProblemResponses.problem(headers, 429, "problem.rateLimited",
                    caller.requestsPerMinute())).header(HttpHeaders.RETRY_AFTER, RateLimiter.retryAfterSeconds(now)).build());
            return;
        }
        if (request.getLength() > JsonBody.LIMIT) {
            request.abortWith(Response.fromResponse(ProblemResponses.problem(headers, 413, "problem.http.413"))
                    .header("Connection", "close").build()); // the body is not read
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        ApiCaller caller = request.getProperty(CALLER) instanceof ApiCaller c ? c : null;
        int status = response.getStatus();
        metrics.count(caller == null ? null : caller.principal().substring(caller.principal().indexOf(':') + 1), status);
        if (caller == null) {
            return;
        }
        long millis = request.getProperty(STARTED) instanceof Long started ? (System.nanoTime() - started) / 1_000_000 : 0;
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        try {
            callLog.record(caller.accountId(), caller.principal(), clock.instant(), request.getMethod(),
                    query == null ? path : path + "?" + query, status, millis);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not log the API call " + request.getMethod() + " " + path, e);
        }
    }
}
