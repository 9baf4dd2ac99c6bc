package app.vinculo.training.entity;

/** Where a course is given. */
public enum Modality {
    OFFICES, REMOTE, AT_CLIENT
}
