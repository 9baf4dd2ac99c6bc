package app.vinculo.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/**
 * RFC 9457 problem details, translated to the caller's Accept-Language (Spanish by default): {@code type} is stable
 * ({@code urn:vinculo:problem:<key>}, the message key), {@code title} the translated name of the status, {@code detail}
 * the translated message, {@code key} the message key again for programs, and for invalid input {@code errors}: each
 * field with its translated reason.
 */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:vinculo:problem:";

    /** One invalid field of a request: its JSON name (or query parameter) and the message key of the reason. */
    public record FieldError(String field, String key, Object... arguments) {
    }

    private ProblemResponses() {
    }

    public static Response problem(HttpHeaders headers, int status, String key, Object... arguments) {
        return problem(headers, status, key, List.of(), arguments);
    }

    public static Response problem(HttpHeaders headers, int status, String key, List<FieldError> errors,
                                   Object... arguments) {
        Locale locale = locale(headers);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + key)
                .add("title", title(locale, status))
                .add("status", status)
                .add("detail", Texts.text(locale, key, arguments))
                .add("key", key);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field())
                    .add("key", e.key()).add("message", Texts.text(locale, e.key(), e.arguments()))));
            body.add("errors", list);
        }
        return Response.status(status).type(PROBLEM_JSON + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(body.build().toString()).build();
    }

    static Locale locale(HttpHeaders headers) {
        String accept;
        try {
            accept = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        } catch (RuntimeException outsideARequest) {
            accept = null;
        }
        return LocaleBacking.preferred(accept);
    }

    /** The status' name in the caller's language ({@code problem.title.<status>}), else the HTTP reason phrase. */
    static String title(Locale locale, int status) {
        String key = "problem.title." + status;
        String text = Texts.text(locale, key);
        if (!key.equals(text)) {
            return text;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
