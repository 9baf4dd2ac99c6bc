package app.vinculo.visits.entity;

/** What happened with a planned topic. */
public enum TopicOutcome {
    COVERED, SKIPPED
}
