package app.vinculo.releases.entity;

/** DRAFT (R&D is writing it) → PUBLISHED (R6.1: the Implementation Heads are told). */
public enum ReleaseStatus {
    DRAFT, PUBLISHED
}
