package app.vinculo.reminders.entity;

import java.util.Objects;

/**
 * The stable identity of one reminder occurrence for one recipient: kind + subject + due (a date or a
 * threshold such as {@code T-30}) + recipient. Unique in the outbox, so recording it twice is a no-op.
 */
public record OccurrenceKey(ReminderKind kind, String subjectId, String due, String recipient) {

    public static final int MAX_LENGTH = 300;

    public OccurrenceKey {
        Objects.requireNonNull(kind, "kind");
        subjectId = clean(subjectId, "subjectId");
        due = clean(due, "due");
        recipient = clean(recipient, "recipient").toLowerCase(java.util.Locale.ROOT);
    }

    private static String clean(String part, String name) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return part.trim().replace('|', '/');
    }

    /** {@code KIND|subject|due|recipient}, cut to {@value #MAX_LENGTH} characters. */
    public String value() {
        String v = kind.name() + '|' + subjectId + '|' + due + '|' + recipient;
        return v.length() <= MAX_LENGTH ? v : v.substring(0, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value();
    }
}
