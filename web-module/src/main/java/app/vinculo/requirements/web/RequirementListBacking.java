package app.vinculo.requirements.web;

import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PagedRows;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code requirements/list.xhtml}: the requirements, newest first, paged in the database, filtered by status and
 * client; "Pendientes de mi revisión" (the review queue, oldest first) for Implementation Heads, on by default.
 */
@Named
@ViewScoped
public class RequirementListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String TABLE = ":requirements:table";

    @Inject
    RequirementService requirements;

    @Inject
    ClientService clients;

    @Inject
    SecurityContext security;

    private boolean review;
    private ClientHit client;
    private RequirementStatus status;
    private final LazyDataModel<RequirementRow> model = new PagedRows<>(this::count,
            (first, size, sort, asc) -> page(first, size), RequirementRow::id);

    @PostConstruct
    void init() {
        review = isReviewer() && !requirements.waitingForReview().isEmpty();
    }

    private long count() {
        return review ? requirements.waitingForReview().size()
                : requirements.count(clientId(), status);
    }

    private List<RequirementRow> page(int first, int size) {
        if (review) {
            List<RequirementRow> all = requirements.waitingForReview();
            return all.subList(Math.min(first, all.size()), Math.min(first + size, all.size()));
        }
        return requirements.page(clientId(), status, first, size);
    }

    private Long clientId() {
        return client == null ? null : client.id();
    }

    public void apply() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    public void clear() {
        client = null;
        status = null;
        review = false;
        apply();
    }

    public List<ClientHit> complete(String text) {
        return text == null || text.isBlank() ? List.of() : clients.search(text, 15);
    }

    public static String severity(RequirementStatus s) {
        if (s == null) {
            return "secondary";
        }
        return switch (s) {
            case NEW -> "secondary";
            case UNDER_REVIEW -> "warning";
            case QUOTING -> "info";
            case PLANNED, IN_PROGRESS -> "info";
            case DELIVERED -> "success";
            case REJECTED -> "danger";
        };
    }

    public String statusSeverity(RequirementStatus s) {
        return severity(s);
    }

    public boolean isReviewer() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public boolean isRegistrar() {
        return security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    public RequirementStatus[] getStatuses() { return RequirementStatus.values(); }
    public LazyDataModel<RequirementRow> getModel() { return model; }
    public boolean isReview() { return review; }
    public void setReview(boolean v) { review = v; }
    public ClientHit getClient() { return client; }
    public void setClient(ClientHit v) { client = v; }
    public RequirementStatus getStatus() { return status; }
    public void setStatus(RequirementStatus v) { status = v; }
}
