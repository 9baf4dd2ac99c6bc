package app.vinculo.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The benchmark harness (issue 13). Commands (system properties in brackets, with defaults):
 * <ul>
 *   <li>{@code generate}: signs in as {@code admin} and fills the database at 1/{@code bench.divisor} (1) of the full
 *   volume;</li>
 *   <li>{@code run}: {@code bench.users} (50) virtual users (consultants, Implementation Heads and Project Managers,
 *   3:1:1, staff users of the generated volume; {@code bench.staff} (200) of them exist) sign in, then replay
 *   {@link Scenario} with {@code bench.think} ms (1000) of think time for {@code bench.warmup} (30) + {@code
 *   bench.seconds} (120) seconds; only the second part is measured. Prints per page p50/p95/p99, errors,
 *   throughput, SQL statements per request (from the server), the ratio to the floor page, and the heap after GC.</li>
 * </ul>
 * {@code bench.url} (http://localhost:8080/vinculo/) and {@code bench.password} (vinculo-demo) say where and how.
 */
public final class Driver {

    private Driver() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "run";
        String url = System.getProperty("bench.url", "http://localhost:8080/vinculo/");
        String password = System.getProperty("bench.password", "vinculo-demo");
        Session admin = new Session(url.endsWith("/") ? url : url + "/", "admin", new Stats());
        admin.login(password);
        if (command.equals("generate")) {
            System.out.println(admin.control("POST", "generate?divisor=" + Integer.getInteger("bench.divisor", 1)));
            return;
        }
        run(admin, password);
    }

    private static void run(Session admin, String password) throws Exception {
        int users = Integer.getInteger("bench.users", 50);
        int staff = Integer.getInteger("bench.staff", 200);
        long think = Long.getLong("bench.think", 1000);
        int warmup = Integer.getInteger("bench.warmup", 30);
        int seconds = Integer.getInteger("bench.seconds", 120);
        Stats stats = new Stats();
        AtomicBoolean stop = new AtomicBoolean();
        List<Session> sessions = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (int v = 0; v < users; v++) {
            String role = v % 5 == 3 ? "HEAD" : v % 5 == 4 ? "PM" : "CONSULTANT";
            sessions.add(new Session(admin.base, username(role, v, staff), stats));
            roles.add(role);
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch signedIn = new CountDownLatch(users);
        for (int v = 0; v < users; v++) {
            Session s = sessions.get(v);
            Scenario scenario = new Scenario(s, roles.get(v), think, v);
            pool.submit(() -> {
                try {
                    try {
                        s.login(password);
                    } finally {
                        signedIn.countDown();
                    }
                    signedIn.await();
                    while (!stop.get()) {
                        scenario.iteration();
                    }
                } catch (Exception e) {
                    System.err.println(s.username + ": " + e);
                }
                return null;
            });
        }
        System.err.printf("bench: %d users signing in%n", users);
        signedIn.await();
        System.err.printf("bench: signed in after %.0f s; %d s warm-up, %d s measured%n", (System.nanoTime() - t0) / 1e9,
                warmup, seconds);
        Thread.sleep(warmup * 1000L);
        admin.control("POST", "reset");
        stats.open = true;
        long m0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stats.open = false;
        double window = (System.nanoTime() - m0) / 1e9;
        stop.set(true);
        String costs = admin.control("GET", "costs");
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        String heap = admin.control("POST", "heap");
        Report.print(stats, costs, heap, users, think, window, (System.nanoTime() - t0) / 1e9);
    }

    /** Staff users of the generated volume by role (see the generator's Population.staff). */
    static String username(String role, int v, int staff) {
        List<Integer> fit = new ArrayList<>();
        for (int i = 1; i <= staff; i++) {
            boolean head = i % 20 == 1;
            boolean pm = i % 20 == 2;
            boolean consultant = !head && !pm && i % 50 != 3 && i % 50 != 4;
            if (role.equals("HEAD") && head || role.equals("PM") && pm || role.equals("CONSULTANT") && consultant) {
                fit.add(i);
            }
        }
        if (fit.isEmpty()) {
            return Map.of("HEAD", "jefe", "PM", "gerente").getOrDefault(role, "consultor");
        }
        return String.format("staff%03d", fit.get(v % fit.size()));
    }
}
