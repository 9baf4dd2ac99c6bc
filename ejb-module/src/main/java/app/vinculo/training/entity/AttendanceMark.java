package app.vinculo.training.entity;

/** A registered contact at one session. */
public enum AttendanceMark {
    ATTENDED, ABSENT
}
