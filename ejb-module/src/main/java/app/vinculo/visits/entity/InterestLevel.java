package app.vinculo.visits.entity;

/** How interested the client was in a topic. */
public enum InterestLevel {
    NONE, LOW, MEDIUM, HIGH
}
