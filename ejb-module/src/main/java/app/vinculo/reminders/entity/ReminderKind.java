package app.vinculo.reminders.entity;

/**
 * Every kind of reminder e-mail (PRODUCT.md §7, RM1–RM8, plus the portal's own notices). The message keys
 * {@code reminder.<KIND>.subject} and {@code reminder.<KIND>.body} of the mail bundle render it.
 */
public enum ReminderKind {
    /** A new account: tells the person the portal exists and how to reach it. */
    ACCOUNT_CREATED(false),
    RM1_NEXT_ACTION_DUE(false),
    RM2_VISIT_PLAN_INCOMPLETE(false),
    RM3_AGREEMENT_ENDING(true),
    RM4_COURSE_STARTING(false),
    RM5_REQUIREMENT_WAITING_REVIEW(false),
    RM6_QUOTE_UNANSWERED(false),
    RM7_CLIENT_AT_RISK(false),
    RM8_TEST_CASES_NOT_RUN(false),
    /** R1.3: a client without A&M asked for assistance; the PMs must regularise. */
    REGULARIZATION_OPENED(true),
    /** R6.1: a release was published. */
    RELEASE_PUBLISHED(true),
    /** A client contact is invited to a course edition (in the contact's language). */
    COURSE_INVITATION(false),
    /** R5.1: a waitlisted contact got a freed seat. */
    COURSE_SEAT_CONFIRMED(false),
    /** An edition was cancelled: its registered and waitlisted contacts are told. */
    COURSE_CANCELLED(false),
    /** A change of a published release delivers a requirement: its client's lead consultant is told the version. */
    REQUIREMENT_IN_RELEASE(false);

    private final boolean mandatoryByDefault;

    ReminderKind(boolean mandatoryByDefault) {
        this.mandatoryByDefault = mandatoryByDefault;
    }

    public boolean mandatoryByDefault() {
        return mandatoryByDefault;
    }

    /** Notices only client contacts receive (no portal user gets them, so no user preference applies). */
    public boolean forClientContactsOnly() {
        return this == COURSE_INVITATION || this == COURSE_SEAT_CONFIRMED || this == COURSE_CANCELLED;
    }

    public String subjectKey() {
        return "reminder." + name() + ".subject";
    }

    public String bodyKey() {
        return "reminder." + name() + ".body";
    }
}
