package app.vinculo.platform.settings;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The value types a setting can hold, each with its parser. Parsing failures name the message key. */
public enum SettingType {
    INTEGER {
        @Override
        Object parse(String raw) {
            return Integer.valueOf(raw.trim());
        }
    },
    BOOLEAN {
        @Override
        Object parse(String raw) {
            String v = raw.trim().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return Boolean.valueOf(v);
            }
            throw new IllegalArgumentException(raw);
        }
    },
    ZONE {
        @Override
        Object parse(String raw) {
            try {
                return ZoneId.of(raw.trim());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(raw, e);
            }
        }
    },
    DECIMAL {
        @Override
        Object parse(String raw) {
            return new java.math.BigDecimal(raw.trim());
        }
    },
    TEXT {
        @Override
        Object parse(String raw) {
            return raw;
        }
    };

    abstract Object parse(String raw);
}
