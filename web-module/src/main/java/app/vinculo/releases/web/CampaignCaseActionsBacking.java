package app.vinculo.releases.web;

import app.vinculo.platform.web.PageMessages;
import app.vinculo.releases.boundary.CampaignService;
import app.vinculo.releases.boundary.CaseForm;
import app.vinculo.releases.boundary.CaseRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * The dialogs of a test campaign's cases: a case added by hand, a result recorded (by the assignee or the
 * Implementation Head) and a failed or blocked case waived with a reason (R6.2). The campaign itself, its filters,
 * assignment and sign-off are {@link CampaignViewBacking}'s.
 */
@Named
@ViewScoped
public class CampaignCaseActionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CampaignViewBacking view;

    @Inject
    CampaignService campaigns;

    private CaseForm caseForm = new CaseForm();
    private ResultEntry entry;
    private CaseRow waiveRow;
    private String waiveReason;

    public void newCase() {
        caseForm = new CaseForm();
    }

    public void addCase() {
        CaseRow added = campaigns.addCase(view.getId(), caseForm);
        PageMessages.info("testcase.added", added.title());
        caseForm = new CaseForm();
        view.refresh();
    }

    public void openWaive(CaseRow row) {
        waiveRow = row;
        waiveReason = null;
    }

    /** R6.2: a failed or blocked case accepted with a reason. */
    public void waive() {
        if (PageMessages.nothingChosen(waiveRow)) {
            return;
        }
        CaseRow waived = campaigns.waive(waiveRow.id(), waiveRow.version(), waiveReason);
        PageMessages.info("testcase.waived", waived.title());
        waiveRow = null;
        waiveReason = null;
        view.refresh();
    }

    public void openResult(CaseRow row) {
        entry = ResultEntry.of(row, null);
    }

    public void record() {
        if (PageMessages.nothingChosen(entry)) {
            return;
        }
        CaseRow row = campaigns.record(entry.getRow().id(), entry.getRow().version(), entry.getResult(), entry.getNotes());
        PageMessages.info("testcase.recorded", row.title(), PageMessages.text("testcase.result." + row.result().name()));
        entry = null;
        view.refresh();
    }

    /** For the shared result dialog (WEB-INF/includes/result-dialog.xhtml). */
    public String moduleName(String code) {
        return view.moduleName(code);
    }

    public CaseForm getCaseForm() { return caseForm; }
    public ResultEntry getEntry() { return entry; }
    public CaseRow getWaiveRow() { return waiveRow; }
    public String getWaiveReason() { return waiveReason; }
    public void setWaiveReason(String v) { waiveReason = v; }
}
