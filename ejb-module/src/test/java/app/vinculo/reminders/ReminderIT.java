package app.vinculo.reminders;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.reminders.boundary.Occurrence;
import app.vinculo.reminders.boundary.PreviewRow;
import app.vinculo.reminders.boundary.ReminderService;
import app.vinculo.reminders.boundary.RunSummary;
import app.vinculo.reminders.control.OutboxSender;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.OutboxMessage;
import app.vinculo.reminders.entity.OutboxState;
import app.vinculo.reminders.entity.Recipient;
import app.vinculo.reminders.entity.ReminderKind;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.ReminderProbe;
import app.vinculo.testing.Smtp;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R7.1 on a real Payara, Derby and SMTP server (GreenMail): exactly once, retries, concurrency, digests. */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("reminder-it", ReminderIT.class, ReminderProbe.class));
    }

    @Inject
    Callers.AsAdmin admin;

    @Inject
    ReminderService reminders;

    @Inject
    ReminderEngine engine;

    @Inject
    OutboxSender sender;

    @Inject
    ReminderProbe probe;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @DisplayName("R7.1 a due reminder arrives once, with the right subject, recipient and link; running the scan again sends nothing more")
    void dueReminderArrivesOnce() throws Exception {
        String name = unique("ana");
        String email = name + "@example.com";
        try (Smtp smtp = Smtp.start()) {
            probe.createUser(name, email, "es");
            engine.run("test");
            List<MimeMessage> received = smtp.to(email);
            assertEquals(1, received.size());
            assertEquals("[Vínculo] Tu usuario de Vínculo está listo", received.get(0).getSubject());
            String body = Smtp.body(received.get(0));
            assertTrue(body.contains("Hola Persona " + name + ":"), body);
            // (this runs inside the server, which knows its base URL, not the build's test.http.port)
            String base = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("vinculo.base-url", String.class);
            assertTrue(body.contains(base.replaceAll("/$", "") + "/"), body);

            engine.run("test again");
            engine.run("and again");
            assertEquals(1, smtp.to(email).size(), "scanning twice sends once");
            OutboxMessage row = probe.rowsTo(email).get(0);
            assertEquals(OutboxState.SENT, row.getState());
            assertNotNull(row.getSentAt());
            assertEquals(1, probe.rowsTo(email).size(), "one outbox row per occurrence and recipient");
        }
    }

    @Test
    @DisplayName("R7.1 with SMTP down the mail stays pending with the error and its next attempt; once SMTP is back it is sent once")
    void retriesWhileSmtpIsDown() throws Exception {
        String name = unique("beto");
        String email = name + "@example.com";
        try (Smtp smtp = Smtp.down()) {
            probe.createUser(name, email, "en");
            Instant now = clock.instant();
            engine.run("smtp down");
            OutboxMessage row = probe.rowsTo(email).get(0);
            assertEquals(OutboxState.PENDING, row.getState());
            assertEquals(1, row.getAttempts());
            assertNotNull(row.getLastError());
            assertTrue(row.getNextAttemptAt().isAfter(now.plusSeconds(30)), "waits before the next attempt");

            smtp.up();
            sender.sendDue(clock.instant(), "it-server");
            assertEquals(0, smtp.to(email).size(), "not before its next attempt");
            sender.sendDue(clock.instant().plus(Duration.ofMinutes(2)), "it-server");
            assertEquals(1, smtp.to(email).size());
            assertEquals("[Vínculo] Your Vínculo account is ready", smtp.to(email).get(0).getSubject(),
                    "rendered in the recipient's language");
            sender.sendDue(clock.instant().plus(Duration.ofMinutes(10)), "it-server");
            assertEquals(1, smtp.to(email).size());
            assertEquals(OutboxState.SENT, probe.rowsTo(email).get(0).getState());
        }
    }

    @Test
    @DisplayName("R7.1 two senders running at the same time never send the same row")
    void concurrentSendersNeverSendTheSameRow() throws Exception {
        String run = unique("c");
        int rows = 120;
        List<Occurrence> occurrences = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < rows; i++) {
            String email = run + "-" + i + "@example.com";
            occurrences.add(new Occurrence(ReminderKind.RM7_CLIENT_AT_RISK, run + "-" + i, "2026-11-27", now,
                    List.of(new Recipient(null, email, "Cliente " + i, "es")), "/", Map.of("client", "Cliente " + i, "days", "61")));
        }
        try (Smtp smtp = Smtp.start()) {
            assertEquals(rows, probe.record(occurrences, now));
            Future<Integer> a = executor.submit(() -> sender.sendDue(clock.instant(), "server-a"));
            Future<Integer> b = executor.submit(() -> sender.sendDue(clock.instant(), "server-b"));
            a.get();
            b.get();
            for (int i = 0; i < rows; i++) {
                String email = run + "-" + i + "@example.com";
                assertEquals(1, smtp.to(email).size(), email);
                assertEquals(OutboxState.SENT, probe.rowsTo(email).get(0).getState());
            }
        }
    }

    @Test
    @DisplayName("a user on daily digest gets their reminders together in one mail at their hour, not one by one")
    void digestGroupsReminders() throws Exception {
        String name = unique("dig");
        String email = name + "@example.com";
        probe.createUser(name, email, "es");
        probe.preferDigest(name, 9);
        Instant now = clock.instant();
        Recipient me = new Recipient(name, email, "Persona " + name, "es");
        probe.record(List.of(
                new Occurrence(ReminderKind.RM7_CLIENT_AT_RISK, name + "-1", "d", now, List.of(me), "/c/1",
                        Map.of("client", "Acme", "days", "70")),
                new Occurrence(ReminderKind.RM1_NEXT_ACTION_DUE, name + "-2", "d", now, List.of(me), "/f/2",
                        Map.of("client", "Beta", "action", "Llamar", "due", "27/11/2026"))), now);
        List<OutboxMessage> rows = probe.rowsTo(email);
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.getDelivery() == Delivery.DIGEST));
        Instant digestAt = rows.get(0).getNextAttemptAt();
        assertEquals(9, digestAt.atZone(clock.getZone()).getHour(), "at the chosen hour, business time zone");

        try (Smtp smtp = Smtp.start()) {
            sender.sendDue(digestAt.minusSeconds(60), "it-server");
            assertEquals(0, smtp.to(email).size(), "nothing before the digest hour");
            sender.sendDue(digestAt.plusSeconds(60), "it-server");
            List<MimeMessage> received = smtp.to(email);
            assertEquals(1, received.size());
            assertEquals("[Vínculo] Resumen diario: 2 recordatorio(s)", received.get(0).getSubject());
            String body = Smtp.body(received.get(0));
            assertTrue(body.contains("Cliente en riesgo: Acme"), body);
            assertTrue(body.contains("Próxima acción vence 27/11/2026: Beta"), body);
        }
    }

    @Test
    @DisplayName("the 24-hour preview lists what will fire and is not recorded yet; an admin's manual run records it")
    void previewShowsWhatWillFire() throws Exception {
        String name = unique("prev");
        String email = name + "@example.com";
        probe.createUser(name, email, "es");
        List<PreviewRow> before = admin.call(() -> reminders.preview(24));
        assertTrue(before.stream().anyMatch(p -> email.equals(p.recipientEmail())
                && p.kind() == ReminderKind.ACCOUNT_CREATED && p.subject().contains("Vínculo")), "listed before it fires");
        try (Smtp smtp = Smtp.start()) {
            RunSummary summary = admin.call(() -> reminders.runNow());
            assertTrue(summary.recorded() >= 1);
            assertFalse(admin.call(() -> reminders.preview(24)).stream().anyMatch(p -> email.equals(p.recipientEmail())),
                    "no longer pending once recorded");
            assertTrue(admin.call(() -> reminders.lastRuns(5)).get(0).triggeredBy().startsWith("MANUAL"));
        }
    }

    @Test
    @DisplayName("a user may opt out of a reminder kind, but not of a kind the admin made mandatory")
    void optOutExceptMandatory() throws Exception {
        BusinessException refused = assertThrows(BusinessException.class, () -> admin.run(() ->
                reminders.updateMyPreferences(Delivery.IMMEDIATE, 8, EnumSet.of(ReminderKind.RM3_AGREEMENT_ENDING))));
        assertEquals("reminder.mandatory", refused.messageKey());
        admin.run(() -> reminders.updateMyPreferences(Delivery.DIGEST, 18, EnumSet.of(ReminderKind.RM7_CLIENT_AT_RISK)));
        var prefs = admin.call(() -> reminders.myPreferences());
        assertEquals(Delivery.DIGEST, prefs.delivery());
        assertEquals(18, prefs.digestHour());
        assertEquals(EnumSet.of(ReminderKind.RM7_CLIENT_AT_RISK), prefs.optedOut());
        admin.run(() -> reminders.updateMyPreferences(Delivery.IMMEDIATE, 8, EnumSet.noneOf(ReminderKind.class)));
    }
}
