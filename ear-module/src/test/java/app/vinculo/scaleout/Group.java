package app.vinculo.scaleout;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The deployment group the scale-out profile started: its instances, its database, stopping an instance. */
final class Group {

    static final int PORTBASE = Integer.getInteger("test.group.portbase", 19000);
    static final int PROXY_PORT = Integer.getInteger("test.group.proxy.port", 19290);

    private Group() {
    }

    /** HTTP origin of instance n (1-based): Payara's portbase + 80, instances 100 ports apart. */
    static String origin(int n) {
        return "http://127.0.0.1:" + (PORTBASE + (n - 1) * 100 + 80);
    }

    static List<String> origins() {
        return List.of(origin(1), origin(2));
    }

    /** Stops instance n through the group script (asadmin stop-instance); {@code kill} kills its JVM instead. */
    static void stopInstance(int n, boolean kill) throws IOException, InterruptedException {
        asadmin(kill ? List.of("stop-instance", String.valueOf(n), "--kill") : List.of("stop-instance", String.valueOf(n)));
    }

    static void startInstance(int n) throws IOException, InterruptedException {
        asadmin(List.of("start-instance", String.valueOf(n)));
    }

    private static void asadmin(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", System.getProperty("test.group.script"),
                args.get(0), System.getProperty("test.group.server.dir")));
        cmd.addAll(args.subList(1, args.size()));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("VINCULO_ADMIN_PORT", System.getProperty("test.admin.port"));
        pb.environment().put("VINCULO_INSTANCE_PORTBASE", String.valueOf(PORTBASE));
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(cmd + " failed");
        }
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("test.pg.url"), "vinculo", "vinculo");
    }

    static long number(String sql) {
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
