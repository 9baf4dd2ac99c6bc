package app.vinculo.testing;

import app.vinculo.platform.security.AppUser;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Test helper for ReportsIT: staff users, back-dating, and an EclipseLink session listener that records every SQL
 * statement executed on the calling thread while {@link #statements} runs a call.
 */
@Stateless
@PermitAll
public class ReportsProbe {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** Records the SQL of each call executed on a thread that is recording. */
    public static final class StatementListener extends SessionEventAdapter {
        @Override
        public void preExecuteCall(SessionEvent event) {
            List<String> sql = RECORDING.get();
            if (sql == null) {
                return;
            }
            String text = event.getCall() instanceof org.eclipse.persistence.internal.databaseaccess.DatabaseCall d
                    ? d.getSQLString() : String.valueOf(event.getCall());
            sql.add(text);
        }
    }

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    public void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            em.unwrap(JpaEntityManager.class).getServerSession().getEventManager().addListener(new StatementListener());
        }
    }

    /** The SQL statements {@code work} executed (on this thread). */
    public static List<String> statements(Callable<?> work) throws Exception {
        List<String> sql = new ArrayList<>();
        RECORDING.set(sql);
        try {
            work.call();
        } finally {
            RECORDING.remove();
        }
        return sql;
    }

    public void staff(String username, Role... roles) {
        Long n = em.createQuery("select count(u) from AppUser u where u.username = :n", Long.class)
                .setParameter("n", username.toLowerCase(java.util.Locale.ROOT)).getSingleResult();
        if (n == 0) {
            em.persist(new AppUser(username, "Persona " + username, username.toLowerCase() + "@example.com", "x", Set.of(roles)));
        }
    }

    public void backdateClient(long clientId, Instant createdAt) {
        em.createNativeQuery("UPDATE CLIENT SET CREATED_AT = ?, LAST_CONTACT_AT = NULL WHERE ID = ?")
                .setParameter(1, Timestamp.from(createdAt)).setParameter(2, clientId).executeUpdate();
    }
}
