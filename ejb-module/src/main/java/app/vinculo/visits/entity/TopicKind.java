package app.vinculo.visits.entity;

/** What a topic of the visit is about. */
public enum TopicKind {
    DEMO, INSTALLATION, TRAINING, REVIEW, OTHER
}
