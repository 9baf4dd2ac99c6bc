package app.vinculo.platform.timeline;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One thing that happened with a client: when, what kind (for filtering and the icon), a message key and its
 * arguments (translated by the page), an optional link below the portal root, and who did it.
 */
public record TimelineEntry(Instant at, String kind, String messageKey, List<String> arguments, String link,
                            String actor) implements Serializable {

    public TimelineEntry {
        arguments = List.copyOf(arguments);
    }
}
