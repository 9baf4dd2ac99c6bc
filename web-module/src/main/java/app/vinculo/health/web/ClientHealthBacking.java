package app.vinculo.health.web;

import app.vinculo.health.boundary.ClientHealth;
import app.vinculo.health.boundary.ClientHealthService;
import app.vinculo.health.boundary.HealthItem;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * The client's health score and its parts (R3.2) on the client page (WEB-INF/includes/client-health.xhtml): the
 * same query as "who to visit next", read once per view. Inactive clients have none (R1.1).
 */
@Named
@ViewScoped
public class ClientHealthBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClientHealthService health;

    private Long loadedFor;
    private ClientHealth score;

    public ClientHealth of(Long clientId) {
        if (clientId != null && !clientId.equals(loadedFor)) {
            loadedFor = clientId;
            try {
                score = health.of(clientId);
            } catch (BusinessException inactive) {
                score = null;
            }
        }
        return score;
    }

    /** The reason of one part in the user's language. */
    public String reason(HealthItem item) {
        return PageMessages.text(item.reasonKey(), item.args().toArray());
    }
}
