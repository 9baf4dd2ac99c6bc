package app.vinculo.platform.error;

import jakarta.ejb.ApplicationException;

import java.io.Serial;

/** The record asked for does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @param what the kind of record, e.g. "user": the message key is {@code error.notFound.<what>} */
    public NotFoundException(String what, Object id) {
        super("error.notFound." + what, id);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
