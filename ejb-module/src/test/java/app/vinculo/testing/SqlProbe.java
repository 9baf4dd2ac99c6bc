package app.vinculo.testing;

import app.vinculo.bench.boundary.SqlCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL statements a piece of work runs on this thread, as the benchmark counts them per page (ADR 0019): the count
 * is the application's own counter ({@link SqlCount}); the statements' text, for the failure message, is kept by a
 * listener this probe adds to the persistence unit's session. Boundary calls through {@link Callers} are local EJB
 * calls on the test's thread, so the count is exactly what a page's calls cost.
 */
@ApplicationScoped
public class SqlProbe {

    private static final ThreadLocal<List<String>> SQL = new ThreadLocal<>();

    @PersistenceUnit(unitName = "vinculo")
    EntityManagerFactory emf;

    private boolean listening;

    /** What the work ran: how many statements and which. */
    public record Statements(int count, List<String> sql) {
        @Override
        public String toString() {
            return count + " statements:\n  " + String.join("\n  ", sql);
        }
    }

    public Statements during(Callable<?> work) throws Exception {
        listen();
        SQL.set(new ArrayList<>());
        SqlCount.reset();
        try {
            work.call();
            return new Statements(SqlCount.get(), List.copyOf(SQL.get()));
        } finally {
            SQL.remove();
        }
    }

    /** The page of few rows and the page of many cost the same, and no more than {@code most}. */
    public static void assertFlat(String page, Statements few, Statements many, int most) {
        // in the test server's log, for docs/benchmarks.md
        System.out.println("SqlProbe " + page + ": few rows " + few.count() + ", many rows " + many.count() + "\n" + many);
        assertEquals(few.count(), many.count(), page + ": the statements grow with the rows\nfew rows: " + few
                + "\nmany rows: " + many);
        assertTrue(many.count() <= most, page + ": more than " + most + " statements: " + many);
    }

    private synchronized void listen() {
        if (!listening) {
            emf.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void postExecuteCall(SessionEvent event) {
                    List<String> sql = SQL.get();
                    if (sql != null) {
                        sql.add(event.getCall() instanceof DatabaseCall c ? c.getSQLString() : String.valueOf(event.getCall()));
                    }
                }
            });
            listening = true;
        }
    }
}
