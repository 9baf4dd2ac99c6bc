package app.vinculo.visits.boundary;

import app.vinculo.visits.entity.TopicKind;
import app.vinculo.visits.entity.TopicSource;

import java.io.Serializable;
import java.util.List;

/**
 * A topic the visit assistant proposes for the plan (R2.4), with its source record ({@code source} +
 * {@code sourceId}, shown as {@code sourceLabel}), the title and reason as message keys with arguments (so each user
 * reads them in their language), the rank score, and whether it is suggested as a main topic or as a spare.
 */
public record ProposedTopic(TopicSource source, long sourceId, String sourceLabel, TopicKind kind, String moduleCode,
                            String titleKey, List<String> titleArgs, String reasonKey, List<String> reasonArgs,
                            int score, boolean main) implements Serializable {

    public ProposedTopic {
        titleArgs = List.copyOf(titleArgs);
        reasonArgs = List.copyOf(reasonArgs);
    }

    /** Identifies the proposal on a page: source and id. */
    public String key() {
        return source.name() + ":" + sourceId;
    }

    public boolean spare() {
        return !main;
    }
}
