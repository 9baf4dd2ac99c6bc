package app.vinculo.reminders.control;

import app.vinculo.reminders.boundary.OutboxStore;
import app.vinculo.reminders.boundary.RunSummary;
import app.vinculo.reminders.entity.ReminderRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** One run of the engine: scan the sources into the outbox, then send what is due. Records the run. */
@ApplicationScoped
public class ReminderEngine {

    /** This server's name in claims and run records (host + a per-start suffix, unique across servers). */
    private final String server = host() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    ReminderScanner scanner;

    @Inject
    OutboxSender sender;

    @Inject
    OutboxStore store;

    @Inject
    Clock clock;

    public RunSummary run(String triggeredBy) {
        Instant started = clock.instant();
        ReminderScanner.Result scan = scanner.scan(started);
        int sent = sender.sendDue(clock.instant(), server);
        String errors = scan.errors().isEmpty() ? null : String.join("; ", scan.errors());
        store.run(new ReminderRun(triggeredBy, server, started, clock.instant(), scan.found(), scan.recorded(), errors));
        return new RunSummary(started, scan.found(), scan.recorded(), sent, errors);
    }

    public String server() {
        return server;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "server";
        }
    }
}
