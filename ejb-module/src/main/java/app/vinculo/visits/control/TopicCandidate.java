package app.vinculo.visits.control;

import app.vinculo.visits.entity.TopicKind;
import app.vinculo.visits.entity.TopicSource;

import java.util.List;

/**
 * A fact that could become a proposed topic, before the R2.4 exclusions and the ranking.
 *
 * @param strength          0–100 within its source (same-industry share, overdue, new developments…)
 * @param requirementStatus the requirement's status name for REQUIREMENT and DELIVERED candidates, else null
 * @param shown             a delivered requirement already covered on a held visit
 */
public record TopicCandidate(TopicSource source, long sourceId, String sourceLabel, TopicKind kind, String moduleCode,
                             String titleKey, List<String> titleArgs, String reasonKey, List<String> reasonArgs,
                             int strength, String requirementStatus, boolean shown) {

    public TopicCandidate {
        titleArgs = List.copyOf(titleArgs);
        reasonArgs = List.copyOf(reasonArgs);
        strength = Math.max(0, Math.min(100, strength));
    }
}
