package app.vinculo.clients.web;

import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ModuleRow;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The modules tab of the client page: installed modules, modules of interest and the growth room, and the
 * module dialog.
 */
@Named
@ViewScoped
public class ClientModulesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClientViewBacking view;

    @Inject
    ClientModuleService moduleService;

    private List<ModuleRow> modules;

    // module dialog
    private String moduleCode;

    private String moduleName;

    private ModuleStatus moduleStatus;

    private LocalDate moduleSince;

    private String moduleVersion;

    private String moduleNote;

    public void editModule(ModuleRow row) {
        moduleCode = row.code();
        moduleName = row.name();
        moduleStatus = row.status();
        moduleSince = row.since();
        moduleVersion = row.versionLabel();
        moduleNote = row.note();
    }

    public void saveModule() {
        moduleService.setModule(view.getId(), moduleCode, moduleStatus, moduleStatus == ModuleStatus.INSTALLED ? moduleSince : null,
                blankToNull(moduleVersion), blankToNull(moduleNote));
        modules = moduleService.modules(view.getId());
        PageMessages.info("module.saved", moduleName);
    }

    /** The modules not installed: the account's growth room. */
    public List<ModuleRow> getGrowthRoom() {
        return getModules().stream().filter(ModuleRow::growthRoom).toList();
    }

    public List<ModuleRow> getOpportunities() {
        return getModules().stream().filter(m -> m.status() == ModuleStatus.OF_INTEREST).toList();
    }

    public String moduleSeverity(ModuleStatus status) {
        if (status == null) {
            return "secondary";
        }
        return switch (status) {
            case INSTALLED -> "success";
            case OF_INTEREST -> "info";
            case NOT_INTERESTED -> "warning";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public ModuleStatus[] getModuleStatuses() {
        return ModuleStatus.values();
    }

    public List<ModuleRow> getModules() {
        if (modules == null) {
            modules = moduleService.modules(view.getId());
        }
        return modules;
    }

    public String getModuleCode() { return moduleCode; }

    public String getModuleName() { return moduleName; }

    public ModuleStatus getModuleStatus() { return moduleStatus; }

    public void setModuleStatus(ModuleStatus v) { moduleStatus = v; }

    public LocalDate getModuleSince() { return moduleSince; }

    public void setModuleSince(LocalDate v) { moduleSince = v; }

    public String getModuleVersion() { return moduleVersion; }

    public void setModuleVersion(String v) { moduleVersion = v; }

    public String getModuleNote() { return moduleNote; }

    public void setModuleNote(String v) { moduleNote = v; }
}
