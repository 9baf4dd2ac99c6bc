package app.vinculo.releases.web;

import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.platform.web.PagedRows;
import app.vinculo.platform.web.ViewIds;
import app.vinculo.releases.boundary.CampaignDetail;
import app.vinculo.releases.boundary.CampaignService;
import app.vinculo.releases.boundary.CaseRow;
import app.vinculo.releases.entity.CampaignStatus;
import app.vinculo.releases.entity.TestResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.omnifaces.util.Faces;
import org.primefaces.model.LazyDataModel;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code releases/campaign.xhtml?id=N}: a test campaign — progress and per-module summary; its cases paged in the
 * database and filtered by module, result and assignee; the Implementation Head adds manual cases, assigns the chosen
 * ones to a consultant in one go, waives failed or blocked ones with a reason and signs off (R6.2; the confirmation
 * says what stands in the way); results are recorded by the assignee (or the Implementation Head); the report PDF.
 */
@Named
@ViewScoped
public class CampaignViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String TABLE = ":cases:table";

    /** The assignee choice that takes the chosen cases away from whoever has them. */
    public static final String NOBODY = "-";

    /** The report lists every case of the campaign, up to the boundary's page limit. */
    private static final int REPORT_CASES = 2_000;

    @Inject
    CampaignService campaigns;

    @Inject
    ClientService clients;

    @Inject
    ClientModuleService moduleService;

    @Inject
    SecurityContext security;

    @Inject
    DisplayFormat format;

    private Long id;
    private CampaignDetail campaign;
    private List<ConsultantChoice> consultants = List.of();
    private Map<String, String> moduleNames = Map.of();
    private List<CatalogueModule> modules = List.of();

    // filters
    private String moduleFilter;
    private TestResult resultFilter;
    private String assigneeFilter;

    // bulk assignment
    private List<CaseRow> selected = new ArrayList<>();
    private String assignee;

    private final LazyDataModel<CaseRow> model = new PagedRows<>(
            () -> campaigns.countCases(id, moduleFilter, resultFilter, assigneeFilter),
            (first, size, sort, asc) -> campaigns.cases(id, moduleFilter, resultFilter, assigneeFilter, first, size),
            CaseRow::id);

    /** f:viewAction on GET. */
    public void load() throws IOException {
        if (campaign != null) {
            return;
        }
        campaign = campaigns.find(ViewIds.require(id, "campaign"));
        consultants = clients.consultants();
        List<CatalogueModule> catalogue = moduleService.catalogue();
        Map<String, String> names = new LinkedHashMap<>();
        catalogue.forEach(m -> names.put(m.code(), m.name()));
        moduleNames = names;
        modules = catalogue.stream().filter(CatalogueModule::active).toList();
    }

    /** The campaign again (its counts and status), after a change in any part of the page. */
    void refresh() {
        campaign = campaigns.find(id);
    }

    // ---- filters ---------------------------------------------------------------------------------------------------

    public void apply() {
        selected = new ArrayList<>();
        PagedRows.firstPage(TABLE);
    }

    public void clear() {
        moduleFilter = null;
        resultFilter = null;
        assigneeFilter = null;
        apply();
    }

    // ---- Implementation Head ---------------------------------------------------------------------------------------

    /** Assigns the chosen cases to the chosen consultant (or to nobody). */
    public void assign() {
        if (selected == null || selected.isEmpty()) {
            PageMessages.error("testcase.noneChosen");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String who = NOBODY.equals(assignee) ? null : assignee;
        int n = campaigns.assign(id, selected.stream().map(CaseRow::id).toList(), who);
        if (who == null) {
            PageMessages.info("testcase.unassigned", n);
        } else {
            PageMessages.info("testcase.assigned", n, consultantName(who));
        }
        selected = new ArrayList<>();
        refresh();
    }

    /** The sign-off dialog reads the campaign again, so it says what stands in the way now. */
    public void openSignOff() {
        refresh();
    }

    public void signOff() {
        campaign = campaigns.signOff(id, campaign.version());
        PageMessages.info("campaign.signedOffDone", campaign.releaseLabel());
    }

    // ---- the report ------------------------------------------------------------------------------------------------

    public void pdf() throws IOException {
        refresh();
        List<CaseRow> all = campaigns.cases(id, null, null, null, 0, REPORT_CASES);
        Map<String, String> names = new LinkedHashMap<>();
        consultants.forEach(c -> names.put(c.username(), c.displayName()));
        byte[] pdf = CampaignReport.render(new CampaignReport.Data(campaign, all, format.getZone(), names, moduleNames),
                PageMessages.locale());
        Faces.sendFile(pdf, PageMessages.text("campaign.report.file", campaign.releaseLabel()) + ".pdf", true);
    }

    // ---- for the page ----------------------------------------------------------------------------------------------

    private boolean head() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    /** The Implementation Head (whatever the campaign's status: the dialogs stay in the page once signed off). */
    public boolean isHead() {
        return head();
    }

    public boolean isOpen() {
        return campaign != null && campaign.status() == CampaignStatus.OPEN;
    }

    /** The Implementation Head manages an open campaign. */
    public boolean isManager() {
        return isOpen() && head();
    }

    /** The assignee records the result of their case; the Implementation Head of any case. */
    public boolean canRecord(CaseRow row) {
        if (!isOpen() || row == null) {
            return false;
        }
        String me = security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
        return head() || (me != null && me.equalsIgnoreCase(row.assignee())
                && security.isCallerInRole(Role.Names.CONSULTANT));
    }

    public boolean canWaive(CaseRow row) {
        return isManager() && row != null && !row.waived()
                && (row.result() == TestResult.FAILED || row.result() == TestResult.BLOCKED);
    }

    public String consultantName(String username) {
        return ConsultantChoice.nameOf(consultants, username);
    }

    public String moduleName(String code) {
        return code == null ? "" : moduleNames.getOrDefault(code, code);
    }

    /** Percentage of a module's cases with a result. */
    public int progress(CampaignDetail.ModuleSummary m) {
        return m.total() == 0 ? 0 : (int) ((m.total() - m.notRun()) * 100 / m.total());
    }

    public static String severity(TestResult r) {
        if (r == null) {
            return "secondary";
        }
        return switch (r) {
            case NOT_RUN -> "secondary";
            case PASSED -> "success";
            case FAILED -> "danger";
            case BLOCKED -> "warning";
        };
    }

    public String resultSeverity(TestResult r) {
        return severity(r);
    }

    public static String severity(CampaignStatus s) {
        return s == CampaignStatus.SIGNED_OFF ? "success" : "info";
    }

    public String campaignSeverity(CampaignStatus s) {
        return severity(s);
    }

    public TestResult[] getResults() { return TestResult.values(); }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public CampaignDetail getCampaign() { return campaign; }
    public List<ConsultantChoice> getConsultants() { return consultants; }
    public List<CatalogueModule> getModules() { return modules; }
    public String getModuleFilter() { return moduleFilter; }
    public void setModuleFilter(String v) { moduleFilter = v; }
    public TestResult getResultFilter() { return resultFilter; }
    public void setResultFilter(TestResult v) { resultFilter = v; }
    public String getAssigneeFilter() { return assigneeFilter; }
    public void setAssigneeFilter(String v) { assigneeFilter = v; }
    public List<CaseRow> getSelected() { return selected; }
    public void setSelected(List<CaseRow> v) { selected = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getAssignee() { return assignee; }
    public void setAssignee(String v) { assignee = v; }
    public LazyDataModel<CaseRow> getModel() { return model; }
}
