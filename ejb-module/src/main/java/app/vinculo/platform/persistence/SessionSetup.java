package app.vinculo.platform.persistence;

import app.vinculo.platform.audit.AuditCustomizer;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * The persistence unit's one session customizer ({@code eclipselink.session.customizer} in persistence.xml): attaches
 * the audit trail ({@link AuditCustomizer}) and makes a lost database fail fast.
 *
 * <p>EclipseLink retries a read outside a transaction after a communication failure, by default 3 times with 5 s
 * between attempts — with the database gone, every query of a page waited 15 s and a signed-in page about 100 s
 * (thread dump of the PostgreSQL restart drill: {@code AbstractSession.retryQuery → Thread.sleep}). The pool already
 * validates each connection it hands out ({@code --isconnectvalidatereq}, stale ones are replaced), so a retry adds
 * nothing but the wait: none is made, and the page answers at once with the "database unavailable, try again" page
 * ({@code DatabaseUnavailable} in the web tier, docs/reliability.md).
 */
public class SessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        new AuditCustomizer().customize(session);
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
