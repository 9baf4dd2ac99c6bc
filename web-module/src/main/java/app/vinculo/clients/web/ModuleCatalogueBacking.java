package app.vinculo.clients.web;

import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code admin/modules.xhtml}: the catalogue of the vendor's ERP modules. ADMIN creates, renames, activates and
 * deactivates them (a deactivated module stays on the clients that have it); the other roles read.
 */
@Named
@ViewScoped
public class ModuleCatalogueBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClientModuleService moduleService;

    @Inject
    SecurityContext security;

    private List<CatalogueModule> modules;
    private String newCode;
    private String newName;
    private Long editingId;
    private String editingName;
    private boolean editingActive;

    @PostConstruct
    void init() {
        modules = moduleService.catalogue();
    }

    public void create() {
        CatalogueModule created = moduleService.createModule(newCode, newName);
        modules = moduleService.catalogue();
        newCode = null;
        newName = null;
        PageMessages.info("catalogue.created", created.name());
    }

    public void edit(CatalogueModule m) {
        editingId = m.id();
        editingName = m.name();
        editingActive = m.active();
    }

    public void save() {
        if (PageMessages.nothingChosen(editingId)) {
            return;
        }
        moduleService.updateModule(editingId, editingName, editingActive);
        modules = moduleService.catalogue();
        PageMessages.info("catalogue.saved", editingName);
    }

    public void toggle(CatalogueModule m) {
        moduleService.updateModule(m.id(), m.name(), !m.active());
        modules = moduleService.catalogue();
        PageMessages.info(m.active() ? "catalogue.deactivated" : "catalogue.activated", m.name());
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.Names.ADMIN);
    }

    public List<CatalogueModule> getModules() { return modules; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String v) { newCode = v; }
    public String getNewName() { return newName; }
    public void setNewName(String v) { newName = v; }
    public String getEditingName() { return editingName; }
    public void setEditingName(String v) { editingName = v; }
    public boolean isEditingActive() { return editingActive; }
    public void setEditingActive(boolean v) { editingActive = v; }
}
