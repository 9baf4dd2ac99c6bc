package app.vinculo.platform.settings;

import app.vinculo.platform.error.InvalidInputException;

import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * Every business setting the portal knows, with its type, default and allowed range. Features add their
 * thresholds here (RM1–RM8, R2.1, R2.3, R3.1, R5.3…); the admin page lists them all.
 */
public enum Setting {
    TIME_ZONE(SettingType.ZONE, "America/Argentina/Buenos_Aires", null, null),
    /** R2.1 minimum topics to confirm a visit. */
    VISIT_MIN_TOPICS(SettingType.INTEGER, "2", 0, 20),
    /** R2.3 days after which a held visit's record is locked. */
    VISIT_LOCK_DAYS(SettingType.INTEGER, "7", 0, 365),
    /** R3.1 days without contact after which a client is at risk. */
    AT_RISK_DAYS(SettingType.INTEGER, "60", 1, 3650),
    /** R4.x VAT percentage applied to quotes. */
    VAT_PERCENT(SettingType.DECIMAL, "21", 0, 100),
    /** R5.3 clients sharing a topic to suggest a course. */
    COURSE_SUGGESTION_MIN_CLIENTS(SettingType.INTEGER, "3", 1, 1000),
    /** Failed logins before the account is throttled. */
    LOGIN_MAX_FAILURES(SettingType.INTEGER, "5", 1, 100),
    /** Base delay, in seconds, of the throttling after failed logins (doubles with each further failure). */
    LOGIN_LOCK_SECONDS(SettingType.INTEGER, "30", 1, 86400),
    /** RM1: days before the due date a next action is reminded (0 = on the day). */
    RM1_NEXT_ACTION_DAYS_BEFORE(SettingType.INTEGER, "0", 0, 30),
    /** RM2: days before a visit its plan is checked. */
    RM2_VISIT_DAYS_BEFORE(SettingType.INTEGER, "2", 0, 30),
    /** RM3: days before an A&M/A&D agreement ends (comma-separated). */
    RM3_AGREEMENT_DAYS_BEFORE(SettingType.INTEGER_LIST, "60,30,7", 0, 365),
    /** RM4: days before a course edition starts (comma-separated). */
    RM4_COURSE_DAYS_BEFORE(SettingType.INTEGER_LIST, "7,1", 0, 90),
    /** RM5: days a requirement may wait in review. */
    RM5_REVIEW_WAIT_DAYS(SettingType.INTEGER, "5", 1, 90),
    /** RM6: days a sent quote may stay unanswered. */
    RM6_QUOTE_ANSWER_DAYS(SettingType.INTEGER, "15", 1, 180),
    /** RM8: days after publication with test cases still not run. */
    RM8_TEST_NOT_RUN_DAYS(SettingType.INTEGER, "5", 1, 90),
    /** Reminder kinds nobody can opt out of (comma-separated kind names). */
    REMINDER_MANDATORY_KINDS(SettingType.CODE_LIST, "RM3_AGREEMENT_ENDING,REGULARIZATION_OPENED,RELEASE_PUBLISHED", null, null),
    /** Attempts to send a mail before it is marked FAILED. */
    MAIL_MAX_ATTEMPTS(SettingType.INTEGER, "8", 1, 50),
    /** First retry delay in seconds; doubles with each attempt. */
    MAIL_RETRY_BASE_SECONDS(SettingType.INTEGER, "60", 1, 86400),
    /** Longest retry delay in seconds. */
    MAIL_RETRY_MAX_SECONDS(SettingType.INTEGER, "3600", 1, 604800),
    // ---- R3.2 client health score ("who to visit next"): the weight of each part, in points ----
    /** R3.2 weight of "days since the last contact" (vs the R3.1 at-risk threshold). */
    HEALTH_WEIGHT_CONTACT(SettingType.INTEGER, "30", 0, 100),
    /** R3.2 weight of the A&M status and the days to its end. */
    HEALTH_WEIGHT_AGREEMENT(SettingType.INTEGER, "25", 0, 100),
    /** R3.2 weight of an open regularisation case. */
    HEALTH_WEIGHT_REGULARIZATION(SettingType.INTEGER, "15", 0, 100),
    /** R3.2 weight of the open requirements. */
    HEALTH_WEIGHT_REQUIREMENTS(SettingType.INTEGER, "10", 0, 100),
    /** R3.2 weight of the quotes sent and waiting for an answer. */
    HEALTH_WEIGHT_QUOTES(SettingType.INTEGER, "10", 0, 100),
    /** R3.2 weight of the growth room (modules of interest not installed). */
    HEALTH_WEIGHT_GROWTH(SettingType.INTEGER, "5", 0, 100),
    /** R3.2 weight of the contacts who never attended a course. */
    HEALTH_WEIGHT_TRAINING(SettingType.INTEGER, "5", 0, 100),
    /** Demo mode only: how far the application clock is shifted forward, in minutes. */
    DEMO_CLOCK_OFFSET_MINUTES(SettingType.INTEGER, "0", 0, 5_256_000);

    private final SettingType type;
    private final String defaultValue;
    private final Integer min;
    private final Integer max;

    Setting(SettingType type, String defaultValue, Integer min, Integer max) {
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public SettingType type() {
        return type;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** Message key of the setting's label. */
    public String labelKey() {
        return "setting." + name();
    }

    public boolean adminEditable() {
        return this != DEMO_CLOCK_OFFSET_MINUTES;
    }

    /**
     * Parses and validates a raw value.
     *
     * @throws InvalidInputException {@code setting.invalid} when the value is not of the type or out of range
     */
    public Object parse(String raw) {
        if (raw == null || (type != SettingType.TEXT && type != SettingType.CODE_LIST && raw.isBlank())) {
            throw new InvalidInputException("setting.invalid", name(), String.valueOf(raw));
        }
        Object value;
        try {
            value = type.parse(raw);
        } catch (RuntimeException e) {
            throw new InvalidInputException("setting.invalid", name(), raw);
        }
        if (value instanceof java.util.List<?> list && min != null) {
            for (Object item : list) {
                int n = (Integer) item;
                if (n < min || n > max) {
                    throw new InvalidInputException("setting.outOfRange", name(), min, max);
                }
            }
            return value;
        }
        if (min != null) {
            BigDecimal n = value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Integer) value).longValue());
            if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw new InvalidInputException("setting.outOfRange", name(), min, max);
            }
        }
        return value;
    }

    public int intValue(String raw) {
        return (Integer) parse(raw);
    }

    @SuppressWarnings("unchecked")
    public java.util.List<Integer> intListValue(String raw) {
        return (java.util.List<Integer>) parse(raw);
    }

    @SuppressWarnings("unchecked")
    public java.util.List<String> codeListValue(String raw) {
        return (java.util.List<String>) parse(raw);
    }

    public ZoneId zoneValue(String raw) {
        return (ZoneId) parse(raw);
    }
}
