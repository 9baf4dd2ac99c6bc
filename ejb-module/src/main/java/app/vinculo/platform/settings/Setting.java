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
        if (raw == null || (type != SettingType.TEXT && raw.isBlank())) {
            throw new InvalidInputException("setting.invalid", name(), String.valueOf(raw));
        }
        Object value;
        try {
            value = type.parse(raw);
        } catch (RuntimeException e) {
            throw new InvalidInputException("setting.invalid", name(), raw);
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

    public ZoneId zoneValue(String raw) {
        return (ZoneId) parse(raw);
    }
}
