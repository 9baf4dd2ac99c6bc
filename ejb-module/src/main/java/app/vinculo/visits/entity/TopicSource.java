package app.vinculo.visits.entity;

/**
 * Where a proposed topic of the visit plan comes from (R2.4: each proposal names its source record). Kept on the
 * topic once added to the plan, so that a delivered requirement shown on a held visit is not proposed again.
 */
public enum TopicSource {
    /** A module the client marked OF_INTEREST (source: the client module row). */
    INTEREST,
    /** Growth room: a module not installed, weighted by same-industry installs (source: the module). */
    GROWTH,
    /** An open requirement of the client: waiting or planned (source: the requirement). */
    REQUIREMENT,
    /** A requirement delivered in a release and not yet shown to the client (source: the requirement). */
    DELIVERED,
    /** Changes of a published release on an INSTALLED module since the last visit (source: the release). */
    RELEASE,
    /** A course with an upcoming edition on the client's modules or interests (source: the edition). */
    COURSE,
    /** An open next action of a follow-up (source: the follow-up). */
    NEXT_ACTION,
    /** A topic skipped on the last held visit (source: that visit). */
    SKIPPED
}
