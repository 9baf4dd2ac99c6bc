package app.vinculo.clients.web;

import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.event.SelectEvent;

import java.util.List;

/**
 * The top bar's client search (every page, roles that read clients): word-prefix, accent-insensitive hits from
 * {@link ClientService#search}; choosing one opens its client page.
 */
@Named
@RequestScoped
public class ClientSearchBacking {

    static final int MAX_HITS = 10;

    @Inject
    ClientService clients;

    private ClientHit hit;

    public List<ClientHit> complete(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return clients.search(text, MAX_HITS);
    }

    /** A hit was chosen: to its client page. */
    public void open(SelectEvent<ClientHit> event) {
        ClientHit chosen = event.getObject();
        if (chosen != null && chosen.id() != null) {
            hit = null;
            FacesContext context = FacesContext.getCurrentInstance();
            Faces.redirect(context.getExternalContext().getRequestContextPath() + "/clients/view.xhtml?id=" + chosen.id());
        }
    }

    public ClientHit getHit() {
        return hit;
    }

    public void setHit(ClientHit hit) {
        this.hit = hit;
    }
}
