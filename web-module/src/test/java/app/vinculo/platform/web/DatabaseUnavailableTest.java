package app.vinculo.platform.web;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the database cannot be reached, try again" (503) rather than a defect (500). Issue #16. */
@DisplayName("Database unavailable: the 503 decision (#16, database gone and back)")
class DatabaseUnavailableTest {

    @Test
    @DisplayName("a refused connection, however the container wrapped it, is 'unavailable'")
    void refusedConnectionWrappedByTheContainer() {
        // what the PostgreSQL restart drill logged: the pool's allocation failure around the driver's 08001
        SQLException refused = new SQLException("Connection to 127.0.0.1:22432 refused", "08001");
        ResourceAllocationException pool = new ResourceAllocationException("Connection could not be allocated");
        pool.initCause(refused);
        SQLException allocating = new SQLException("Error in allocating a connection", null, pool);
        assertTrue(DatabaseUnavailable.in(new EJBException(new PersistenceException(allocating))));
        assertTrue(DatabaseUnavailable.in(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseUnavailable.in(new RuntimeException(pool)), "the pool's failure alone");
    }

    @Test
    @DisplayName("a chained SQLException (getNextException) with a connection state counts too")
    void nextException() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("terminating connection", "08006"));
        assertTrue(DatabaseUnavailable.in(new PersistenceException(batch)));
    }

    @Test
    @DisplayName("constraint violations, timeouts of a statement and plain defects stay errors (500)")
    void defectsAreNotUnavailability() {
        assertFalse(DatabaseUnavailable.in(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.in(new SQLTimeoutException("canceling statement", "57014")));
        assertFalse(DatabaseUnavailable.in(new NullPointerException()));
        assertFalse(DatabaseUnavailable.in(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.in(null));
    }
}
