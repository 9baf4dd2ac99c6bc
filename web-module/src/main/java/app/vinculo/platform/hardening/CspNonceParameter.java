package app.vinculo.platform.hardening;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The PrimeFaces CSP nonce a form posts back ({@code primefaces.nonce}; the portal's script adds it to every form).
 * PrimeFaces compares it with the view's own and refuses a postback whose nonce is missing or different with a
 * {@code CspException}, which web.xml maps to the "page expired" page (400, {@link ExpiredViewStatus}) like a forged
 * ViewState. A nonce PrimeFaces cannot even read (not the Base64 of a UUID, as it writes them) fails inside PrimeFaces
 * with an {@link IllegalArgumentException} instead, which was an HTTP 500 (found by the form fuzzer, issue #16): this
 * filter drops such a parameter, so the request is refused like one without a nonce.
 */
@WebFilter(filterName = "cspNonceParameter", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class CspNonceParameter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String nonce = request.getParameter(NONCE);
        chain.doFilter(nonce == null || wellFormed(nonce) ? request : new Nonce(request, null), response);
    }

    /** As PrimeFaces writes a nonce: the Base64 of a UUID's text. */
    static boolean wellFormed(String nonce) {
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
    }

    /** A fresh nonce in PrimeFaces' own form, for an error page rendered for a request that brought none. */
    static HttpServletRequest withFreshNonce(HttpServletRequest request) {
        return new Nonce(request, Base64.getEncoder().encodeToString(
                UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The request with its nonce parameter replaced ({@code null}: removed). */
    private static final class Nonce extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        Nonce(HttpServletRequest request, String nonce) {
            super(request);
            Map<String, String[]> copy = new HashMap<>(request.getParameterMap());
            if (nonce == null) {
                copy.remove(NONCE);
            } else {
                copy.put(NONCE, new String[]{nonce});
            }
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
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
