package app.vinculo.bench;

import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.control.OutboxSender;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.ReminderProbe;
import app.vinculo.testing.Smtp;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark harness, not a test (no timing assertion; not run by {@code verify}): records N outbox rows and
 * measures how fast the sender delivers them to a local SMTP server (GreenMail, in the server JVM).
 * Run: {@code ./mvnw -B verify -pl ejb-module -Dit.test=OutboxThroughputBench -Dbench.rows=10000}.
 * The figures go to the server log and to docs/operations.md.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxThroughputBench {

    private static final Logger LOG = Logger.getLogger(OutboxThroughputBench.class.getName());

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("outbox-bench", OutboxThroughputBench.class,
                ReminderProbe.class));
    }

    @Inject
    ReminderProbe probe;

    @Inject
    OutboxSender sender;

    @Inject
    Clock clock;

    @Test
    void sendPendingRows() throws Exception {
        int rows = Integer.getInteger("bench.rows", 10_000);
        String run = "bench" + UUID.randomUUID().toString().substring(0, 6);
        Instant now = clock.instant();
        long t0 = System.nanoTime();
        for (int start = 0; start < rows; start += 1000) {
            List<Occurrence> batch = new ArrayList<>();
            for (int i = start; i < Math.min(rows, start + 1000); i++) {
                batch.add(new Occurrence(ReminderKind.RM7_CLIENT_AT_RISK, run + "-" + i, "d", now,
                        List.of(new Recipient(null, run + "-" + i + "@example.com", "Cliente " + i, i % 2 == 0 ? "es" : "en")),
                        "/clients/" + i, Map.of("client", "Cliente " + i, "days", "61")));
            }
            probe.record(batch, now);
        }
        double recordSeconds = (System.nanoTime() - t0) / 1e9;
        try (Smtp smtp = Smtp.start()) {
            long t1 = System.nanoTime();
            int sent = 0;
            int round;
            do {
                round = sender.sendDue(clock.instant(), "bench");
                sent += round;
            } while (round > 0);
            double sendSeconds = (System.nanoTime() - t1) / 1e9;
            String result = String.format("OUTBOX BENCHMARK rows=%d record=%.1fs (%.0f rows/s) send=%.1fs (%.0f mails/s)",
                    rows, recordSeconds, rows / recordSeconds, sendSeconds, sent / sendSeconds);
            LOG.info(result);
            System.out.println(result);
            assertEquals(rows, sent, "every row sent once");
        }
    }
}
