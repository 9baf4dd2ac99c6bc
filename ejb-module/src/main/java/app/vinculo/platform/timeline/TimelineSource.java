package app.vinculo.platform.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Extension point of the client timeline: each feature contributes its own entries (agreements, visits,
 * follow-ups, courses…) without the clients feature knowing them. Implementations are CDI beans that only read.
 */
public interface TimelineSource {

    /** The kinds of entries this source gives (for the page's filter). */
    Set<String> kinds();

    /** Up to {@code max} entries of the client strictly before {@code before}, newest first. */
    List<TimelineEntry> entries(long clientId, Instant before, int max);
}
