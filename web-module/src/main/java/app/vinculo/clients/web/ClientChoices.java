package app.vinculo.clients.web;

import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The client picker of forms and list filters ({@code p:autoComplete completeMethod="#{clientChoices.complete}"} with
 * {@code converter="#{clientHitConverter}"}): word-prefix, accent-insensitive hits from {@link ClientService#search}.
 * One bean for every page, so no backing bean repeats it.
 */
@Named
@RequestScoped
public class ClientChoices {

    static final int MAX_HITS = 15;

    @Inject
    ClientService clients;

    public List<ClientHit> complete(String text) {
        return text == null || text.isBlank() ? List.of() : clients.search(text, MAX_HITS);
    }
}
