package app.vinculo.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.Serial;

/**
 * Security headers on every response — pages, error pages (also the 403 page, an ERROR dispatch) and resources — and
 * no caching of pages (they show personal data; the back button after logout must not show them). Faces resources
 * (CSS, JS, images) stay cacheable. The anonymous redirect to the login page gets the same headers from
 * {@link SecurityHeaders#apply} in the authentication mechanism, which runs before any filter.
 * <p>
 * Scripts: {@code script-src 'self'} only — no {@code 'unsafe-inline'}, no {@code 'unsafe-eval'}. PrimeFaces' CSP mode
 * ({@code primefaces.CSP} in web.xml) moves every component's event handler into one script carrying a per-request
 * nonce and adds its own {@code Content-Security-Policy: script-src 'self' 'nonce-…'} header; this filter merges that
 * header into the full policy, so the browser gets one policy: ours, with PrimeFaces' nonce (issue #16, finding 2).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new NonceMerging(response));
    }

    /** Keeps one CSP header: PrimeFaces' script-src with its nonce replaces ours, every other directive stays. */
    static final class NonceMerging extends HttpServletResponseWrapper {

        NonceMerging(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(CSP, SecurityHeaders.policyWith(value));
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) ? SecurityHeaders.policyWith(value) : value);
        }
    }
}
