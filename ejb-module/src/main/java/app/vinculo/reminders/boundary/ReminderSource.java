package app.vinculo.reminders.boundary;

import java.time.Instant;
import java.util.List;

/**
 * Extension point: a feature tells the engine which of its reminders are due. Implementations are CDI beans
 * (typically {@code @ApplicationScoped}) that only read; the engine records and sends.
 */
public interface ReminderSource {

    /**
     * Every occurrence due at or before {@code until} that may still need sending. Returning occurrences already
     * recorded is fine (the outbox ignores them); the scan asks for "due and not recorded", never "due in the
     * last minute", so occurrences missed while the server was down are found at the next run.
     */
    List<Occurrence> dueUntil(Instant until);
}
