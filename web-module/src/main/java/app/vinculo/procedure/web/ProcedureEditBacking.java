package app.vinculo.procedure.web;

import app.vinculo.platform.web.PageMessages;
import app.vinculo.procedure.boundary.ProcedureRevisionView;
import app.vinculo.procedure.boundary.ProcedureService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code procedure/edit.xhtml}: the Implementation Head drafts the next revision from the current text, with its change
 * control lines, and publishes it (PRG to the procedure page).
 */
@Named
@ViewScoped
public class ProcedureEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProcedureService procedure;

    private String summary;
    private String content;
    private String next;
    private final List<ChangeLine> changes = new ArrayList<>();

    /** One editable change-control line. */
    public static class ChangeLine implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String location;
        private String reason;
        private String description;

        public String getLocation() { return location; }
        public void setLocation(String v) { location = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
    }

    public void load() {
        if (content != null) {
            return;
        }
        ProcedureRevisionView current = procedure.current().orElse(null);
        content = current == null ? "" : current.content();
        next = String.format("%02d", current == null ? 1 : Integer.parseInt(current.label()) + 1);
        changes.add(new ChangeLine());
    }

    public void addLine() {
        changes.add(new ChangeLine());
    }

    public String publish() {
        ProcedureRevisionView r = procedure.publish(summary, content, changes.stream()
                .map(c -> new ProcedureRevisionView.Change(c.location, c.reason, c.description)).toList());
        PageMessages.flashInfo("procedure.published", r.label());
        return "/procedure/view?faces-redirect=true";
    }

    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getContent() { return content; }
    public void setContent(String v) { content = v; }
    public String getNext() { return next; }
    public List<ChangeLine> getChanges() { return changes; }
}
