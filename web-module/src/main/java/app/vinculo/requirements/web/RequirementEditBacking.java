package app.vinculo.requirements.web;

import app.vinculo.clients.boundary.CatalogueModule;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.web.PageMessages;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementOrigin;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code requirements/edit.xhtml[?client=N]}: a consultant or Implementation Head registers a requirement (client,
 * title, description, module, origin); PRG to its page.
 */
@Named
@ViewScoped
public class RequirementEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RequirementService requirements;

    @Inject
    ClientService clients;

    @Inject
    ClientModuleService moduleService;

    private Long preselected;
    private ClientHit client;
    private String title;
    private String description;
    private String moduleCode;
    private RequirementOrigin origin = RequirementOrigin.REQUEST;
    private List<CatalogueModule> modules = List.of();

    /** f:viewAction: {@code ?client=N} preselects the client. */
    public void load() {
        if (modules.isEmpty()) {
            modules = moduleService.catalogue().stream().filter(CatalogueModule::active).toList();
        }
        if (preselected != null && client == null) {
            try {
                ClientDetail d = clients.find(preselected);
                client = new ClientHit(d.id(), d.legalName(), d.taxId(), d.active());
            } catch (NotFoundException e) {
                PageMessages.error("error.notFound.client", preselected);
            }
        }
    }


    public String save() {
        if (client == null) {
            PageMessages.error("requirement.clientRequired");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        RequirementRow saved = requirements.register(client.id(), title, description,
                moduleCode == null || moduleCode.isBlank() ? null : moduleCode, origin, null);
        PageMessages.flashInfo("requirement.registered", saved.title(), saved.clientName());
        return "/requirements/view?faces-redirect=true&id=" + saved.id();
    }

    public RequirementOrigin[] getOrigins() { return RequirementOrigin.values(); }
    public List<CatalogueModule> getModules() { return modules; }
    public Long getPreselected() { return preselected; }
    public void setPreselected(Long v) { preselected = v; }
    public ClientHit getClient() { return client; }
    public void setClient(ClientHit v) { client = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getModuleCode() { return moduleCode; }
    public void setModuleCode(String v) { moduleCode = v; }
    public RequirementOrigin getOrigin() { return origin; }
    public void setOrigin(RequirementOrigin v) { origin = v; }
}
