package app.vinculo.procedure.web;

import app.vinculo.procedure.boundary.ProcedureRevisionView;
import app.vinculo.procedure.boundary.ProcedureService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code procedure/view.xhtml}: the current revision (or the one of {@code ?id=}), the revision history, change control. */
@Named
@ViewScoped
public class ProcedureViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProcedureService procedure;

    private Long id;
    private ProcedureRevisionView shown;
    private List<ProcedureRevisionView> history;

    public void load() {
        history = procedure.history();
        shown = id == null ? (history.isEmpty() ? null : history.get(0)) : procedure.find(id);
    }

    public boolean isCurrent() {
        return shown != null && !history.isEmpty() && history.get(0).id() == shown.id();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ProcedureRevisionView getShown() { return shown; }
    public List<ProcedureRevisionView> getHistory() { return history; }
}
