package app.vinculo.integration.rest;

import app.vinculo.platform.web.ProblemResponses.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A request body read by hand, so that every mistake is a 400 that names the field: malformed JSON, not an object,
 * unknown fields, missing or too long texts, wrong types (a number where a date goes), unknown enum values. Bodies
 * over {@value #LIMIT} bytes are 413; JSON nested deeper than {@value #DEPTH} levels is refused before it is parsed
 * (the parser's own limit was an HTTP 500, found by the REST fuzzer, issue #16).
 */
final class JsonBody {

    static final int LIMIT = 64 * 1024;
    /** No body of the API has more than two levels; a few more are allowed, thousands are an attack. */
    static final int DEPTH = 32;

    private final JsonObject object;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    static JsonBody read(InputStream in, Set<String> fields) {
        byte[] bytes;
        try {
            bytes = in == null ? new byte[0] : in.readNBytes(LIMIT + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > LIMIT) {
            throw new WebApplicationException(413);
        }
        if (bytes.length == 0) {
            throw new ApiInputException("problem.body.required", List.of());
        }
        if (depth(bytes) > DEPTH) {
            throw new ApiInputException("problem.body.tooDeep", List.of());
        }
        JsonStructure structure;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            structure = reader.read();
        } catch (JsonException | IllegalStateException e) {
            throw new ApiInputException("problem.body.malformed", List.of());
        }
        if (!(structure instanceof JsonObject o)) {
            throw new ApiInputException("problem.body.notObject", List.of());
        }
        JsonBody body = new JsonBody(o);
        o.keySet().stream().filter(k -> !fields.contains(k))
                .forEach(k -> body.errors.add(new FieldError(k, "problem.field.unknown")));
        return body;
    }

    /** The deepest nesting of arrays and objects, brackets inside strings not counted. */
    static int depth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
    }

    String text(String name, boolean required, int max) {
        JsonValue v = value(name);
        if (v == null) {
            if (required) {
                errors.add(new FieldError(name, "problem.field.required"));
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            errors.add(new FieldError(name, "problem.field.string"));
            return null;
        }
        String text = s.getString().strip();
        if (required && text.isEmpty()) {
            errors.add(new FieldError(name, "problem.field.required"));
            return null;
        }
        if (text.length() > max) {
            errors.add(new FieldError(name, "problem.field.tooLong", max));
            return null;
        }
        if (!wellFormed(text)) { // "\ud800" alone, "\u0000": no characters; Payara's JSON parser lets them through
            errors.add(new FieldError(name, "problem.field.notText"));
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * Every UTF-16 surrogate in a pair and no control character but tab and line breaks, so the text is characters a
     * database and a page can hold (PostgreSQL refuses a NUL).
     */
    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    Long id(String name) {
        JsonValue v = value(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1) {
            errors.add(new FieldError(name, "problem.field.id"));
            return null;
        }
        return n.longValue();
    }

    Set<Long> ids(String name) {
        Set<Long> ids = new LinkedHashSet<>();
        JsonValue v = value(name);
        if (v == null) {
            return ids;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY || v.asJsonArray().size() > 50) {
            errors.add(new FieldError(name, "problem.field.ids"));
            return ids;
        }
        for (JsonValue item : v.asJsonArray()) {
            if (!(item instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1) {
                errors.add(new FieldError(name, "problem.field.ids"));
                return Set.of();
            }
            ids.add(n.longValue());
        }
        return ids;
    }

    Instant instant(String name, boolean required) {
        String raw = rawText(name, required, "problem.field.instant");
        try {
            return raw == null ? null : Instant.parse(raw);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "problem.field.instant"));
            return null;
        }
    }

    LocalDate date(String name) {
        String raw = rawText(name, false, "problem.field.date");
        try {
            return raw == null ? null : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "problem.field.date"));
            return null;
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, boolean required) {
        String allowed = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        String raw = rawText(name, required, "problem.field.choice", allowed);
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "problem.field.choice", allowed));
            return null;
        }
    }

    /** Throws the collected field errors, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new ApiInputException("problem.invalidInput", errors);
        }
    }

    private String rawText(String name, boolean required, String typeKey, Object... arguments) {
        JsonValue v = value(name);
        if (v == null) {
            if (required) {
                errors.add(new FieldError(name, "problem.field.required"));
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            errors.add(new FieldError(name, typeKey, arguments));
            return null;
        }
        return s.getString().strip();
    }

    private JsonValue value(String name) {
        JsonValue v = object.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }
}
