package app.vinculo.platform.hardening;

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

import java.io.IOException;
import java.io.Serial;

/**
 * The "page expired" page — a stale or forged ViewState (web.xml maps {@link ViewExpiredException} to it) — answers
 * 400 Bad Request instead of the 500 the container gives every exception page (issue #16, finding 8).
 */
@WebFilter(filterName = "expiredViewStatus", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ExpiredViewStatus extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
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
