package app.vinculo.followups.entity;

/** How the contact happened. */
public enum Channel {
    CALL, EMAIL, MEETING, VIDEO_CALL, VISIT, COURSE
}
