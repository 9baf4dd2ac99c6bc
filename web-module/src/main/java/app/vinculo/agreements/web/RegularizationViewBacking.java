package app.vinculo.agreements.web;

import app.vinculo.agreements.boundary.RegularizationRow;
import app.vinculo.agreements.boundary.RegularizationService;
import app.vinculo.agreements.entity.RegularizationStatus;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.ViewIds;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/**
 * {@code agreements/regularization.xhtml?id=N}: one regularisation case (R1.4) with its notes; a Project Manager
 * starts the negotiation, adds notes or declines it (reason required). REGULARIZED comes by itself when the client
 * gets an active A&amp;M agreement.
 */
@Named
@ViewScoped
public class RegularizationViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RegularizationService regularizations;

    @Inject
    SecurityContext security;

    private Long id;
    private RegularizationRow row;
    private String notes;
    private String declineReason;

    public void load() throws IOException {
        row = regularizations.find(ViewIds.require(id, "regularization"));
    }

    public void startNegotiation() {
        row = regularizations.startNegotiation(id, row.version(), blankToNull(notes));
        notes = null;
        PageMessages.info("regularization.negotiationStarted", row.clientName());
    }

    public void addNotes() {
        if (notes == null || notes.isBlank()) {
            PageMessages.error("regularization.notesRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        row = regularizations.addNotes(id, row.version(), notes.trim());
        notes = null;
        PageMessages.info("regularization.notesAdded");
    }

    public void decline() {
        row = regularizations.decline(id, row.version(), declineReason);
        declineReason = null;
        PageMessages.info("regularization.declined", row.clientName());
    }

    public boolean isOpen() {
        return row != null && (row.status() == RegularizationStatus.OPEN
                || row.status() == RegularizationStatus.IN_NEGOTIATION);
    }

    public boolean isProjectManager() {
        return security.isCallerInRole(Role.Names.PROJECT_MANAGER);
    }

    public String severity(RegularizationStatus s) {
        return RegularizationListBacking.severity(s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public RegularizationRow getRow() { return row; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String v) { declineReason = v; }
}
