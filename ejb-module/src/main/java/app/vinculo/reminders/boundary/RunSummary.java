package app.vinculo.reminders.boundary;

import java.time.Instant;

/** What one reminder run did: occurrences found and recorded in the outbox, mails sent, errors. */
public record RunSummary(Instant startedAt, int found, int recorded, int sent, String errors) {
}
