package app.vinculo.platform.hardening;

import app.vinculo.platform.web.Causes;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.Serial;

/**
 * The "page expired" page — a stale or forged ViewState, or a postback without the view's PrimeFaces CSP nonce
 * (web.xml maps {@link ViewExpiredException} and {@link CspException} to it) — answers 400 Bad Request instead of the
 * 500 the container gives every exception page (issue #16, finding 8 and the form fuzzer).
 * <p>
 * Also, an error page of a POST that carried no usable PrimeFaces CSP nonce (a forged or scripted request: the
 * portal's own forms always send one) gets a fresh one in PrimeFaces' own form, so that PrimeFaces renders the error
 * page instead of failing half-way (a random nonce of another form did exactly that: HTTP 500).
 */
@WebFilter(filterName = "expiredViewStatus", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ExpiredViewStatus extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String nonce = request.getParameter(CspNonceParameter.NONCE);
        if ("POST".equals(request.getMethod()) && (nonce == null || !CspNonceParameter.wellFormed(nonce))) {
            request = CspNonceParameter.withFreshNonce(request);
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

    private static boolean expired(Object thrown) {
        return thrown instanceof Throwable th && Causes.of(th).stream()
                .anyMatch(t -> t instanceof ViewExpiredException || t instanceof CspException);
    }
}
