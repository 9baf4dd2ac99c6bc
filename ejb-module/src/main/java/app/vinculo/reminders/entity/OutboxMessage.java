package app.vinculo.reminders.entity;

import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One e-mail to one recipient for one reminder occurrence. Written when the occurrence is decided, sent later
 * by whichever server claims it. Not audited (volume); its own columns are the record.
 */
@Entity
@Table(name = "OUTBOX_MESSAGE")
public class OutboxMessage extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "OCCURRENCE_KEY", length = OccurrenceKey.MAX_LENGTH, nullable = false, unique = true, updatable = false)
    private String occurrenceKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 40, nullable = false, updatable = false)
    private ReminderKind kind;

    @Column(name = "SUBJECT_ID", length = 80, nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "DUE_AT", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "RECIPIENT_USERNAME", length = 40, updatable = false)
    private String recipientUsername;

    @Column(name = "RECIPIENT_EMAIL", length = 254, nullable = false, updatable = false)
    private String recipientEmail;

    @Column(name = "RECIPIENT_NAME", length = 120, updatable = false)
    private String recipientName;

    @Column(name = "LANGUAGE", length = 5, nullable = false, updatable = false)
    private String language;

    @Column(name = "LINK_PATH", length = 500, updatable = false)
    private String linkPath;

    @Column(name = "PARAMS", length = 4000, updatable = false)
    private String params;

    @Enumerated(EnumType.STRING)
    @Column(name = "DELIVERY", length = 10, nullable = false)
    private Delivery delivery;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 10, nullable = false)
    private OutboxState state = OutboxState.PENDING;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "LAST_ERROR", length = 1000)
    private String lastError;

    @Column(name = "SENT_AT")
    private Instant sentAt;

    @Column(name = "CLAIMED_BY", length = 100)
    private String claimedBy;

    @Column(name = "CLAIMED_UNTIL")
    private Instant claimedUntil;

    protected OutboxMessage() {
    }

    public OutboxMessage(OccurrenceKey key, Instant dueAt, Recipient recipient, String linkPath,
                         Map<String, String> params, Delivery delivery, Instant notBefore) {
        this.occurrenceKey = key.value();
        this.kind = key.kind();
        this.subjectId = key.subjectId();
        this.dueAt = dueAt;
        this.recipientUsername = recipient.username();
        this.recipientEmail = recipient.email();
        this.recipientName = recipient.name();
        this.language = recipient.language();
        this.linkPath = linkPath;
        this.params = MessageParams.encode(params);
        this.delivery = delivery;
        this.nextAttemptAt = notBefore;
    }

    public void sent(Instant at) {
        state = OutboxState.SENT;
        sentAt = at;
        lastError = null;
        attempts++;
        release();
    }

    /** A failed attempt: retried after {@code backoff}, or FAILED when no attempts are left. */
    public void attemptFailed(String error, Instant now, Duration backoff, int maxAttempts) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= maxAttempts) {
            state = OutboxState.FAILED;
        } else {
            nextAttemptAt = now.plus(backoff);
        }
        release();
    }

    /** An admin asks for another try now (FAILED or PENDING rows). */
    public void retry(Instant now) {
        if (state == OutboxState.SENT || state == OutboxState.CANCELLED) {
            throw new app.vinculo.platform.error.BusinessException("outbox.notRetryable", state.name());
        }
        state = OutboxState.PENDING;
        if (attempts > 0) {
            attempts = Math.max(0, attempts - 1);
        }
        nextAttemptAt = now;
        release();
    }

    public void cancel() {
        if (state == OutboxState.SENT) {
            throw new app.vinculo.platform.error.BusinessException("outbox.alreadySent");
        }
        state = OutboxState.CANCELLED;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public String getOccurrenceKey() { return occurrenceKey; }
    public ReminderKind getKind() { return kind; }
    public String getSubjectId() { return subjectId; }
    public Instant getDueAt() { return dueAt; }
    public String getRecipientUsername() { return recipientUsername; }
    public String getRecipientEmail() { return recipientEmail; }
    public String getRecipientName() { return recipientName; }
    public String getLanguage() { return language; }
    public String getLinkPath() { return linkPath; }
    public Map<String, String> getParams() { return MessageParams.decode(params); }
    public Delivery getDelivery() { return delivery; }
    public OutboxState getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getSentAt() { return sentAt; }
    public String getClaimedBy() { return claimedBy; }

    /** Parameters of the message text, stored as escaped {@code name=value} lines. */
    public static final class MessageParams {
        private MessageParams() {
        }

        public static String encode(Map<String, String> params) {
            StringBuilder sb = new StringBuilder();
            params.forEach((k, v) -> sb.append(escape(k)).append('=').append(escape(v == null ? "" : v)).append('\n'));
            String s = sb.toString();
            return s.length() > 4000 ? s.substring(0, 4000) : s;
        }

        public static Map<String, String> decode(String text) {
            Map<String, String> map = new LinkedHashMap<>();
            if (text == null) {
                return map;
            }
            for (String line : text.split("\n")) {
                int eq = indexOfUnescaped(line, '=');
                if (eq > 0) {
                    map.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
                }
            }
            return map;
        }

        private static String escape(String s) {
            return s.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\e");
        }

        private static String unescape(String s) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    out.append(n == 'n' ? '\n' : n == 'e' ? '=' : n);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static int indexOfUnescaped(String s, char target) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\\') {
                    i++;
                } else if (s.charAt(i) == target) {
                    return i;
                }
            }
            return -1;
        }
    }
}
