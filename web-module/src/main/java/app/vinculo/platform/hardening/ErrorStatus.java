package app.vinculo.platform.hardening;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Named;

/**
 * The HTTP status of the error pages that are mapped by exception type (which the container answers with 500): the
 * "page expired" page — a stale or forged ViewState — answers 400 (issue #16, finding 8). Ajax requests keep 200, so
 * that the full-Ajax exception handler can show the page.
 */
@Named
@RequestScoped
public class ErrorStatus {

    public void badRequest(ComponentSystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.getPartialViewContext().isAjaxRequest() && !context.getExternalContext().isResponseCommitted()) {
            context.getExternalContext().setResponseStatus(400);
        }
    }
}
