package app.vinculo.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** Bean-validation failures (the boundaries' {@code @Valid} forms) as 400, each field with its reason. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return toProblem(headers, e);
    }

    static Response toProblem(HttpHeaders headers, ConstraintViolationException e) {
        List<ProblemResponses.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemResponses.FieldError(field(v), key(v))).toList();
        return ProblemResponses.problem(headers, 400, "problem.invalidInput", errors);
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath() == null ? "" : v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The message template's key ({@code {followup.summary.required}} → {@code followup.summary.required}). */
    private static String key(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        return template != null && template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : "error.invalid";
    }
}
