package app.vinculo.clients.web;

import app.vinculo.agreements.entity.AgreementStatus;
import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientFilter;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ClientSummary;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.platform.web.ListBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.util.List;

/**
 * {@code clients/list.xhtml}: the clients, paged and sorted in the database, filtered by text (names, CUIT,
 * contacts), consultant, A&amp;M status, installed module, at risk (R3.1) and inactive ones (R1.1); exports.
 */
@Named
@ViewScoped
public class ClientListBacking extends ListBacking<ClientSummary> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A&amp;M filter values. */
    public static final String WITH_MAINTENANCE = "WITH";
    public static final String WITHOUT_MAINTENANCE = "WITHOUT";

    @Inject
    ClientService clients;

    @Inject
    ClientModuleService moduleService;

    private String text;
    private String consultant;
    private String maintenance;
    private String moduleCode;
    private boolean atRiskOnly;
    private boolean includeInactive;
    private ClientFilter filter = ClientFilter.none();
    private List<ConsultantChoice> consultants;
    private List<CatalogueModule> modules;

    public ClientListBacking() {
        super(":clients:table", ClientSummary::id);
    }

    @PostConstruct
    void init() {
        consultants = clients.consultants();
        modules = moduleService.catalogue().stream().filter(CatalogueModule::active).toList();
    }

    @Override
    protected long count() {
        return clients.count(filter);
    }

    @Override
    protected List<ClientSummary> page(int first, int size, String sort, boolean ascending) {
        return clients.page(filter, first, size, sort == null ? "legalName" : sort, ascending);
    }

    @Override
    protected void filter() {
        filter = new ClientFilter(blankToNull(text), blankToNull(consultant), includeInactive ? null : Boolean.TRUE,
                WITH_MAINTENANCE.equals(maintenance) ? AgreementStatus.ACTIVE : null,
                WITHOUT_MAINTENANCE.equals(maintenance), blankToNull(moduleCode), atRiskOnly);
    }

    @Override
    protected void reset() {
        text = null;
        consultant = null;
        maintenance = null;
        moduleCode = null;
        atRiskOnly = false;
        includeInactive = false;
    }

    /** The display name of a consultant's username (the username when unknown). */
    public String consultantName(String username) {
        return ConsultantChoice.nameOf(consultants, username);
    }

    public List<ConsultantChoice> getConsultants() {
        return consultants;
    }

    public List<CatalogueModule> getModules() {
        return modules;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getConsultant() {
        return consultant;
    }

    public void setConsultant(String consultant) {
        this.consultant = consultant;
    }

    public String getMaintenance() {
        return maintenance;
    }

    public void setMaintenance(String maintenance) {
        this.maintenance = maintenance;
    }

    public String getModuleCode() {
        return moduleCode;
    }

    public void setModuleCode(String moduleCode) {
        this.moduleCode = moduleCode;
    }

    public boolean isAtRiskOnly() {
        return atRiskOnly;
    }

    public void setAtRiskOnly(boolean atRiskOnly) {
        this.atRiskOnly = atRiskOnly;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
