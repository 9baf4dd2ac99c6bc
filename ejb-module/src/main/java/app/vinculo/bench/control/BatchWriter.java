package app.vinculo.bench.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batched JDBC inserts on one connection: one prepared statement per table and column list, executed in batches
 * table by table in the order the tables were first written (so parent rows always reach the database before their
 * children; rows of a table that refer to the same table must use one column list, nulls allowed),
 * committed every {@value #COMMIT_EVERY} rows. Ids come from a block reserved in {@code ID_SEQUENCE}, the table
 * the JPA generator allocates from, so the application's own inserts never collide with generated rows.
 */
public final class BatchWriter implements AutoCloseable {

    private static final int FLUSH_EVERY = 2_000;
    private static final int COMMIT_EVERY = 20_000;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    /** Statements by table, tables in the order of their first row: parents before children. */
    private final Map<String, List<PreparedStatement>> byTable = new LinkedHashMap<>();
    private final Map<PreparedStatement, ParameterMetaData> types = new HashMap<>();
    private int pending;
    private int uncommitted;
    private long rows;
    private long nextId;
    private long lastId;

    public BatchWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    /** Reserves {@code count} ids from the global id sequence (committed at once). */
    public void reserveIds(long count) throws SQLException {
        try (PreparedStatement up = connection.prepareStatement(
                "UPDATE ID_SEQUENCE SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = 'GLOBAL'");
             PreparedStatement read = connection.prepareStatement(
                     "SELECT SEQ_COUNT FROM ID_SEQUENCE WHERE SEQ_NAME = 'GLOBAL'")) {
            up.setLong(1, count);
            up.executeUpdate();
            try (var rs = read.executeQuery()) {
                rs.next();
                lastId = rs.getLong(1);
            }
        }
        connection.commit();
        nextId = lastId - count + 1;
    }

    public long id() {
        if (nextId > lastId) {
            throw new IllegalStateException("id block exhausted");
        }
        return nextId++;
    }

    /** Queues one row; {@code columns} is a comma-separated list matching {@code values} (leave out null columns). */
    public void insert(String table, String columns, Object... values) throws SQLException {
        queue(table, "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?,".repeat(values.length - 1) + "?)", values);
    }

    /** Queues one execution of any statement (an insert or an update by id). */
    public void batch(String sql, Object... values) throws SQLException {
        queue("~" + sql, sql, values);
    }

    private void queue(String table, String sql, Object... values) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(ps);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                ParameterMetaData meta = types.get(ps);
                if (meta == null) {
                    meta = ps.getParameterMetaData();
                    types.put(ps, meta);
                }
                ps.setNull(i + 1, meta.getParameterType(i + 1));
            } else {
                ps.setObject(i + 1, jdbc(values[i]));
            }
        }
        ps.addBatch();
        rows++;
        if (++pending >= FLUSH_EVERY) {
            flush();
        }
        if (++uncommitted >= COMMIT_EVERY) {
            commit();
        }
    }

    /** Runs one statement at once (after flushing the queued rows). */
    public int execute(String sql, Object... values) throws SQLException {
        flush();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, jdbc(values[i]));
            }
            return ps.executeUpdate();
        }
    }

    public void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        for (List<PreparedStatement> table : byTable.values()) {
            for (PreparedStatement ps : table) {
                ps.executeBatch();
            }
        }
        pending = 0;
    }

    public void commit() throws SQLException {
        flush();
        connection.commit();
        uncommitted = 0;
    }

    public long rows() {
        return rows;
    }

    public Connection connection() {
        return connection;
    }

    private static Object jdbc(Object value) {
        if (value instanceof Instant i) {
            return Timestamp.from(i);
        }
        if (value instanceof LocalDate d) {
            return Date.valueOf(d);
        }
        if (value instanceof LocalTime t) {
            return Time.valueOf(t);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        return value;
    }

    @Override
    public void close() throws SQLException {
        try {
            commit();
        } finally {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
        }
    }
}
