package app.vinculo.clients.web;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.platform.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A client chosen in an autocomplete travels as its id; back on the server it is read again (so the name shown is
 * the stored one, escaped like any other text).
 */
@Named
@ApplicationScoped
public class ClientHitConverter implements Converter<ClientHit> {

    @Inject
    ClientService clients;

    @Override
    public ClientHit getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        try {
            ClientDetail d = clients.find(id);
            return new ClientHit(d.id(), d.legalName(), d.taxId(), d.active());
        } catch (BusinessException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ClientHit value) {
        return value == null || value.id() == null ? "" : String.valueOf(value.id());
    }
}
