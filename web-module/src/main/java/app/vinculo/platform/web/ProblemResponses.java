package app.vinculo.platform.web;

import jakarta.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/** RFC 9457 problem details, translated to the caller's Accept-Language (Spanish by default). */
final class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {
    }

    static Response problem(HttpHeaders headers, int status, String key, Object... arguments) {
        Locale locale = LocaleBacking.preferred(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String body = Json.createObjectBuilder()
                .add("type", "urn:vinculo:problem:" + key)
                .add("title", Response.Status.fromStatusCode(status) == null ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase())
                .add("status", status)
                .add("detail", Texts.text(locale, key, arguments))
                .add("key", key)
                .build().toString();
        return Response.status(status).type(PROBLEM_JSON + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(body).build();
    }
}
