package app.vinculo.bench.boundary;

/**
 * The SQL statements EclipseLink executed on the current thread since the last {@link #reset()} (counted by
 * {@code control.SqlStatements}). The web tier resets it when a request starts and reads it when it ends: local EJB
 * calls run on the caller's thread, so the count is the request's statements.
 */
public final class SqlCount {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private SqlCount() {
    }

    public static void increment() {
        COUNT.get()[0]++;
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int get() {
        return COUNT.get()[0];
    }
}
