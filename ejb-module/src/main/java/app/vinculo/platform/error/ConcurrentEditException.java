package app.vinculo.platform.error;

import jakarta.ejb.ApplicationException;

import java.io.Serial;

/** Someone else saved the record since the caller read it (optimistic lock). */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }
}
