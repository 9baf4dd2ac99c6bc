package app.vinculo.platform.hardening;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sessions of this server and whose they are, so that a password change ends the user's other sessions
 * (OWASP ASVS 3.3.3; issue #16): the user's own change keeps the session it was made in, an administrator's reset ends
 * them all. {@link SessionLimits} records the owner on the first signed-in request of a session.
 * <p>
 * Per server: with several servers behind a load balancer, sessions on the other servers end at their idle timeout.
 */
@WebListener
public class SessionRegistry implements HttpSessionListener, HttpSessionIdListener {

    static final String OWNER = "vinculo.session.owner";

    private static final Map<String, HttpSession> SESSIONS = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        SESSIONS.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        SESSIONS.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        SESSIONS.remove(oldSessionId);
        SESSIONS.put(event.getSession().getId(), event.getSession());
    }

    /** Ends every session of the user except the one with the given id (null: all). */
    public static int endSessionsOf(String username, String exceptSessionId) {
        int ended = 0;
        for (HttpSession session : SESSIONS.values()) {
            if (session.getId().equals(exceptSessionId)) {
                continue;
            }
            try {
                if (Objects.equals(username, session.getAttribute(OWNER))) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalid) {
                SESSIONS.remove(session.getId(), session);
            }
        }
        return ended;
    }
}
