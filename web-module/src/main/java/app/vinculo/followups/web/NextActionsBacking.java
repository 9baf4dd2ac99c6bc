package app.vinculo.followups.web;

import app.vinculo.followups.boundary.FollowUpRow;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.platform.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code followups/next-actions.xhtml}: the signed-in user's open next actions, the earliest due first. */
@Named
@ViewScoped
public class NextActionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** More than anyone keeps open; the table pages them in the browser. */
    static final int MAX = 500;

    @Inject
    FollowUpService followUps;

    private List<FollowUpRow> rows;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        rows = followUps.myNextActions(0, MAX);
    }

    public void markDone(FollowUpRow row) {
        FollowUpRow done = followUps.markDone(row.id(), row.version());
        reload();
        PageMessages.info("followup.markedDone", done.nextAction());
    }

    public long getOverdue() {
        return rows.stream().filter(FollowUpRow::overdue).count();
    }

    public List<FollowUpRow> getRows() {
        return rows;
    }
}
