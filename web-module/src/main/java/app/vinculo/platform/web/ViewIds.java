package app.vinculo.platform.web;

import app.vinculo.platform.error.NotFoundException;
import jakarta.faces.context.FacesContext;

import java.io.IOException;

/**
 * The id a record's page was opened with ({@code ?id=}). A page opened without one is answered like a page for a
 * record that does not exist: the boundary's {@link NotFoundException} on a GET becomes the 404 page in
 * {@link BusinessExceptionHandler}, the single place that decides it.
 */
public final class ViewIds {

    private ViewIds() {
    }

    /** {@code id}, or {@link NotFoundException} for {@code what} (a message-key suffix such as "client") when null. */
    public static long require(Long id, String what) {
        if (id == null) {
            throw new NotFoundException(what, "");
        }
        return id;
    }

    /** The 403 page, for a page the caller's roles may not open in this form (e.g. a new course for a consultant). */
    public static void forbidden() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(403, "");
        context.responseComplete();
    }
}
