package app.vinculo.platform.hardening;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.Serial;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The "page expired" page — a stale or forged ViewState (web.xml maps {@link ViewExpiredException} to it) — answers
 * 400 Bad Request instead of the 500 the container gives every exception page (issue #16, finding 8).
 * <p>
 * Also, an error page of a POST that carried no PrimeFaces CSP nonce (a forged or scripted request: the portal's own
 * forms always send it) gets a fresh one, so that PrimeFaces renders the error page instead of failing half-way.
 */
@WebFilter(filterName = "expiredViewStatus", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ExpiredViewStatus extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getParameter(NONCE) == null) {
            request = new WithNonce(request);
        }
        if (expired(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            response.setStatus(400);
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setStatus(int status) {
                    super.setStatus(status == 500 ? 400 : status);
                }
            });
            return;
        }
        chain.doFilter(request, response);
    }

    private static final String NONCE = "primefaces.nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The request with a generated {@code primefaces.nonce} parameter. */
    private static final class WithNonce extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        WithNonce(HttpServletRequest request) {
            super(request);
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            Map<String, String[]> copy = new HashMap<>(request.getParameterMap());
            copy.put(NONCE, new String[]{Base64.getEncoder().encodeToString(bytes)});
            parameters = Collections.unmodifiableMap(copy);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }

    private static boolean expired(Object thrown) {
        for (Throwable t = thrown instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }
}
