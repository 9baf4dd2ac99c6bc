package app.vinculo.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means "the database cannot be reached right now" (stopped, restarting, network cut) rather than a
 * defect: the user then sees the 503 "try again in a minute" page or message instead of the generic error page, and
 * a REST client a 503 problem with {@code Retry-After}. Decided once, here, from the cause chain however the
 * container wrapped it (EJBException, PersistenceException, EclipseLink's DatabaseException, the pool's
 * "Error in allocating a connection"):
 * <ul>
 *   <li>an {@link SQLException} of SQLSTATE class 08 (connection exception: PostgreSQL 08001 could not connect,
 *       08006 connection failure; Derby 08006/08004) or a JDBC connection exception type;</li>
 *   <li>the connection pool's allocation failure (a {@code ResourceException}/{@code PoolingException} in the
 *       chain).</li>
 * </ul>
 * Constraint violations, syntax errors, timeouts of a running statement and the like stay defects (500).
 */
public final class DatabaseUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** Seconds a client is told to wait before retrying (Retry-After). */
    public static final int RETRY_AFTER_SECONDS = 30;

    public DatabaseUnavailable(Throwable cause) {
        super("The database cannot be reached", cause);
    }

    /** True when the failure, or anything it wraps, says the database cannot be reached. */
    public static boolean in(Throwable thrown) {
        for (Throwable t : Causes.of(thrown)) {
            if (t instanceof DatabaseUnavailable || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql)) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.endsWith(".PoolingException") || type.equals("jakarta.resource.spi.ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionState(SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
            if (s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
            if (s.getNextException() == s) {
                break;
            }
        }
        return false;
    }
}
