package app.vinculo.platform.hardening;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;

/**
 * A bookmarkable page asked for with a view parameter that does not convert ({@code ?id=abc}, {@code ?id=1e99},
 * {@code ?id=99999999999999999999999}) answers 404 with the normal "not found" page, instead of rendering a page
 * without its record and failing with HTTP 500 (issue #16, finding 8). Only GET requests (not postbacks): a postback's
 * conversion errors are field messages.
 */
public class InvalidViewParameters implements PhaseListener {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed() && !context.getResponseComplete()) {
            try {
                context.getExternalContext().responseSendError(404, "Not Found");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before validation
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
