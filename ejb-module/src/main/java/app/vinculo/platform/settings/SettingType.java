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
    /** Comma-separated whole numbers, e.g. "60,30,7"; sorted descending, no duplicates. */
    INTEGER_LIST {
        @Override
        Object parse(String raw) {
            java.util.TreeSet<Integer> values = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    values.add(Integer.valueOf(part.trim()));
                }
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException(raw);
            }
            return java.util.List.copyOf(values);
        }
    },
    /** Comma-separated upper-case codes, e.g. "RM3_AGREEMENT_ENDING,RELEASE_PUBLISHED"; may be empty. */
    CODE_LIST {
        @Override
        Object parse(String raw) {
            java.util.List<String> codes = new java.util.ArrayList<>();
            for (String part : raw.split(",")) {
                String code = part.trim().toUpperCase(java.util.Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!code.matches("[A-Z][A-Z0-9_]{0,59}")) {
                    throw new IllegalArgumentException(raw);
                }
                codes.add(code);
            }
            return java.util.List.copyOf(codes);
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
