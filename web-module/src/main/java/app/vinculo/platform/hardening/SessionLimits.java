package app.vinculo.platform.hardening;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serial;
import java.time.Duration;

/**
 * Session limits (OWASP ASVS 3.3.1/3.3.2; issue #16): the idle timeout is web.xml's 30 minutes; this filter adds the
 * absolute one — a session older than {@link #ABSOLUTE} ends whatever its activity, and the user signs in again — and
 * records the session's owner for {@link SessionRegistry}.
 */
@WebFilter(filterName = "sessionLimits", urlPatterns = "/*")
public class SessionLimits extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final Duration ABSOLUTE = Duration.ofHours(12);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String user = request.getRemoteUser();
        if (session != null && user != null) {
            if (System.currentTimeMillis() - session.getCreationTime() > ABSOLUTE.toMillis()) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
            if (session.getAttribute(SessionRegistry.OWNER) == null) {
                session.setAttribute(SessionRegistry.OWNER, user);
            }
        }
        chain.doFilter(request, response);
    }
}
