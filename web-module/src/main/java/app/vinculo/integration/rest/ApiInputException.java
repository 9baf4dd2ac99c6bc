package app.vinculo.integration.rest;

import app.vinculo.platform.web.ProblemResponses.FieldError;

import java.io.Serial;
import java.util.List;

/** A request the API cannot take as it is: the message key of the problem and, when fields are to blame, each one. */
public class ApiInputException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<FieldError> errors;

    public ApiInputException(String key, List<FieldError> errors) {
        super(key + " " + errors.stream().map(FieldError::field).toList());
        this.key = key;
        this.errors = List.copyOf(errors);
    }

    public static ApiInputException field(String field, String key, Object... arguments) {
        return new ApiInputException("problem.invalidInput", List.of(new FieldError(field, key, arguments)));
    }

    public String key() {
        return key;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
