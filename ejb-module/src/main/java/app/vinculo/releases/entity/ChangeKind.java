package app.vinculo.releases.entity;

/** What a change of a release is. */
public enum ChangeKind {
    NEW_DEVELOPMENT, MODIFICATION, FIX
}
