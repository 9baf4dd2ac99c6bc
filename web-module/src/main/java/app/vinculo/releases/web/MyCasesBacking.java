package app.vinculo.releases.web;

import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.PagedRows;
import app.vinculo.releases.boundary.CampaignService;
import app.vinculo.releases.boundary.CaseRow;
import app.vinculo.releases.entity.TestResult;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code releases/my-cases.xhtml}: the signed-in consultant's test cases of open campaigns, not run first (the RM8
 * e-mail links here): "Pasó" in one click; failed or blocked open the dialog for the notes.
 */
@Named
@ViewScoped
public class MyCasesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    ClientModuleService moduleService;

    private ResultEntry entry;
    private Map<String, String> moduleNames = Map.of();

    private final LazyDataModel<CaseRow> model = new PagedRows<>(() -> campaigns.countMyCases(),
            (first, size, sort, asc) -> campaigns.myCases(first, size), CaseRow::id);

    @PostConstruct
    void init() {
        Map<String, String> names = new LinkedHashMap<>();
        moduleService.catalogue().forEach(m -> names.put(m.code(), m.name()));
        moduleNames = names;
    }

    public String moduleName(String code) {
        return code == null ? "" : moduleNames.getOrDefault(code, code);
    }

    /** One click: the case passed (no notes needed). */
    public void passed(CaseRow row) {
        done(campaigns.record(row.id(), row.version(), TestResult.PASSED, null));
    }

    /** The dialog for a result, {@code preset} chosen (null keeps the case's). */
    public void openResult(CaseRow row, TestResult preset) {
        entry = ResultEntry.of(row, preset);
    }

    public void record() {
        if (PageMessages.nothingChosen(entry)) {
            return;
        }
        done(campaigns.record(entry.getRow().id(), entry.getRow().version(), entry.getResult(), entry.getNotes()));
        entry = null;
    }

    private static void done(CaseRow row) {
        PageMessages.info("testcase.recorded", row.title(), PageMessages.text("testcase.result." + row.result().name()));
    }

    public String resultSeverity(TestResult r) {
        return CampaignViewBacking.severity(r);
    }

    public LazyDataModel<CaseRow> getModel() { return model; }
    public ResultEntry getEntry() { return entry; }
}
