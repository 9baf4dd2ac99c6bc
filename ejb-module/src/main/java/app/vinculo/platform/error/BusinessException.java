package app.vinculo.platform.error;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.Arrays;

/**
 * A refused business action. Carries a message key (resolved against the {@code messages} bundle in the
 * user's language by the web tier and the REST layer) and its arguments. Unchecked and rolled back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** HTTP status the REST layer answers with. */
    public int httpStatus() {
        return 409;
    }
}
