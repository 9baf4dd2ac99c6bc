package app.vinculo.requirements.web;

import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.ListBacking;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.util.List;

/**
 * {@code requirements/list.xhtml}: the requirements, newest first, paged in the database, filtered by status and
 * client; "Pendientes de mi revisión" (the review queue, oldest first) for Implementation Heads, on by default.
 */
@Named
@ViewScoped
public class RequirementListBacking extends ListBacking<RequirementRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RequirementService requirements;

    @Inject
    SecurityContext security;

    private boolean review;
    private ClientHit client;
    private RequirementStatus status;

    public RequirementListBacking() {
        super(":requirements:table", RequirementRow::id);
    }

    @PostConstruct
    void init() {
        review = isReviewer() && !requirements.waitingForReview().isEmpty();
    }

    @Override
    protected long count() {
        return review ? requirements.waitingForReview().size()
                : requirements.count(clientId(), status);
    }

    @Override
    protected List<RequirementRow> page(int first, int size, String sort, boolean ascending) {
        if (review) {
            List<RequirementRow> all = requirements.waitingForReview();
            return all.subList(Math.min(first, all.size()), Math.min(first + size, all.size()));
        }
        return requirements.page(clientId(), status, first, size);
    }

    private Long clientId() {
        return client == null ? null : client.id();
    }

    @Override
    protected void reset() {
        client = null;
        status = null;
        review = false;
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
    public boolean isReview() { return review; }
    public void setReview(boolean v) { review = v; }
    public ClientHit getClient() { return client; }
    public void setClient(ClientHit v) { client = v; }
    public RequirementStatus getStatus() { return status; }
    public void setStatus(RequirementStatus v) { status = v; }
}
