package app.vinculo.integration.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters read as text and checked here, so that a wrong one is a 400 naming it (JAX-RS would say 404). */
final class QueryParams {

    private QueryParams() {
    }

    static int integer(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the range message
        }
        throw ApiInputException.field(name, "problem.param.range", min, max);
    }

    static LocalDate date(String name, String raw, LocalDate defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiInputException.field(name, "problem.field.date");
        }
    }

    static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiInputException.field(name, "problem.field.instant");
        }
    }

    static String text(String name, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > max) {
            throw ApiInputException.field(name, "problem.field.tooLong", max);
        }
        return raw.strip();
    }
}
