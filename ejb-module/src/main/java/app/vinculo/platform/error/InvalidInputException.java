package app.vinculo.platform.error;

import jakarta.ejb.ApplicationException;

import java.io.Serial;

/** Input that passes Bean Validation but breaks a business rule about its value. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
