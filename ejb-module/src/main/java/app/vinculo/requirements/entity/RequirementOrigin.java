package app.vinculo.requirements.entity;

/** Where a requirement was detected. */
public enum RequirementOrigin {
    VISIT, FOLLOW_UP, REQUEST, OTHER
}
