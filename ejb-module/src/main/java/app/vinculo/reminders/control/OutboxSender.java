package app.vinculo.reminders.control;

import app.vinculo.platform.config.VinculoConfig;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.reminders.boundary.OutboxStore;
import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due in the outbox: claims rows (never the rows another server or thread holds), renders each
 * in its recipient's language, sends it, and records SENT with the time the SMTP server accepted it — or the
 * error and the next attempt. Digest rows go as one mail per recipient. Runs outside any transaction.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    static final int BATCH = 50;
    /** Bounds one run, so that a huge backlog does not hold the timer for long. */
    static final int MAX_PER_RUN = 5_000;

    @Inject
    OutboxStore store;

    @Inject
    MailTransport transport;

    @Inject
    SettingsStore settings;

    @Inject
    VinculoConfig config;

    @Inject
    Clock clock;

    /** Sends due immediate rows, then due digests. Returns how many mails were accepted by SMTP. */
    public int sendDue(Instant now, String server) {
        return sendImmediate(now, server) + sendDigests(now, server);
    }

    int sendImmediate(Instant now, String server) {
        int sent = 0;
        int handled = 0;
        MailRenderer renderer = new MailRenderer(config.baseUrl());
        while (handled < MAX_PER_RUN) {
            List<Long> claimed = store.claim(Delivery.IMMEDIATE, server, now, BATCH);
            if (claimed.isEmpty()) {
                break;
            }
            handled += claimed.size();
            List<Long> ok = new ArrayList<>();
            try (MailTransport.Batch smtp = transport.open()) {
                for (Long id : claimed) {
                    OutboxMessage m = store.find(id);
                    try {
                        RenderedMail mail = renderer.render(m.getKind(), m.getLanguage(), m.getRecipientName(),
                                m.getLinkPath(), m.getParams());
                        Instant accepted = smtp.send(m.getRecipientEmail(), m.getRecipientName(), mail);
                        // recorded at once, in its own transaction: a crash between two mails of a batch then repeats
                        // at most the one mail SMTP accepted before its row was marked (docs/reliability.md), not
                        // every mail of the batch sent so far
                        store.sent(List.of(id), accepted);
                        ok.add(id);
                    } catch (MessagingException | RuntimeException e) {
                        fail(List.of(id), e);
                    }
                }
            } catch (MessagingException smtpDown) {
                // could not even connect: every claimed row waits for its next attempt
                List<Long> notSent = new ArrayList<>(claimed);
                notSent.removeAll(ok);
                fail(notSent, smtpDown);
                return sent + ok.size();
            }
            sent += ok.size();
        }
        return sent;
    }

    int sendDigests(Instant now, String server) {
        List<OutboxMessage> rows = store.pendingDigestRows(now, MAX_PER_RUN);
        if (rows.isEmpty()) {
            return 0;
        }
        MailRenderer renderer = new MailRenderer(config.baseUrl());
        int sent = 0;
        try (MailTransport.Batch smtp = transport.open()) {
            for (Map.Entry<String, List<OutboxMessage>> group : DigestGrouping.byRecipient(rows).entrySet()) {
                List<Long> claimed = store.claimIds(group.getValue().stream().map(OutboxMessage::getId).toList(), server, now);
                if (claimed.isEmpty()) {
                    continue;
                }
                List<OutboxMessage> mine = group.getValue().stream().filter(m -> claimed.contains(m.getId())).toList();
                OutboxMessage first = mine.get(0);
                try {
                    RenderedMail mail = renderer.renderDigest(first.getLanguage(), first.getRecipientName(),
                            mine.stream().map(m -> new MailRenderer.DigestItem(m.getKind(), m.getLinkPath(), m.getParams())).toList());
                    Instant accepted = smtp.send(first.getRecipientEmail(), first.getRecipientName(), mail);
                    store.sent(claimed, accepted);
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    fail(claimed, e);
                }
            }
        } catch (MessagingException smtpDown) {
            LOG.log(Level.WARNING, "SMTP unavailable for digests: {0}", smtpDown.getMessage());
        }
        return sent;
    }

    private void fail(List<Long> ids, Exception e) {
        if (ids.isEmpty()) {
            return;
        }
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        LOG.log(Level.WARNING, "Mail not sent ({0} row(s)): {1}", new Object[]{ids.size(), error});
        store.failed(ids, error, clock.instant(),
                Duration.ofSeconds(settings.intValue(Setting.MAIL_RETRY_BASE_SECONDS)),
                Duration.ofSeconds(settings.intValue(Setting.MAIL_RETRY_MAX_SECONDS)),
                settings.intValue(Setting.MAIL_MAX_ATTEMPTS));
    }
}
