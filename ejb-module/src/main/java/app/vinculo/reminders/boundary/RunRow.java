package app.vinculo.reminders.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One past run of the engine. */
public record RunRow(Instant startedAt, Instant finishedAt, String triggeredBy, String server, int found,
                     int recorded, String errors) implements Serializable {
}
