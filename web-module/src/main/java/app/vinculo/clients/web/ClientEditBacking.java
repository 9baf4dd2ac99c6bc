package app.vinculo.clients.web;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientForm;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/**
 * {@code clients/edit.xhtml[?id=N]}: creates a client or changes one (optimistic lock through the form's version).
 * The business tier validates (CUIT check digit, unique tax id); a refusal keeps what was typed. PRG to the client
 * page with a flash message.
 */
@Named
@ViewScoped
public class ClientEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clients;

    private Long id;
    private ClientForm form = new ClientForm();
    private String shownName;

    /** f:viewAction on GET. */
    public void load() throws IOException {
        if (id == null) {
            form = new ClientForm();
            return;
        }
        ClientDetail detail = clients.find(id);
        form = detail.toForm();
        shownName = detail.legalName();
    }

    public String save() {
        ClientDetail saved;
        if (id == null) {
            saved = clients.create(form);
            PageMessages.flashInfo("client.created", saved.legalName());
        } else {
            saved = clients.update(id, form);
            PageMessages.flashInfo("client.saved", saved.legalName());
        }
        return "/clients/view?faces-redirect=true&id=" + saved.id();
    }

    public TaxId.Kind[] getTaxIdKinds() {
        return TaxId.Kind.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClientForm getForm() {
        return form;
    }

    public String getShownName() {
        return shownName;
    }
}
