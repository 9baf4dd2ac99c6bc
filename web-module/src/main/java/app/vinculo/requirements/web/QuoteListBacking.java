package app.vinculo.requirements.web;

import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.PagedRows;
import app.vinculo.requirements.boundary.PipelineRow;
import app.vinculo.requirements.boundary.QuoteDetail;
import app.vinculo.requirements.boundary.QuoteService;
import app.vinculo.requirements.entity.QuoteStatus;
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
 * {@code quotes/list.xhtml}: the quotes, newest first, paged in the database, filtered by status and client; the
 * pipeline (counts and amounts by state and currency) for Implementation Heads, Project Managers and auditors.
 */
@Named
@ViewScoped
public class QuoteListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String TABLE = ":quotes:table";

    @Inject
    QuoteService quotes;

    @Inject
    ClientService clients;

    @Inject
    SecurityContext security;

    private ClientHit client;
    private QuoteStatus status;
    private List<PipelineRow> pipeline = List.of();
    private final LazyDataModel<QuoteDetail> model = new PagedRows<>(
            () -> quotes.count(clientId(), status),
            (first, size, sort, asc) -> quotes.page(clientId(), status, first, size), QuoteDetail::id);

    @PostConstruct
    void init() {
        if (isPipelineReader()) {
            pipeline = quotes.pipeline();
        }
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
        apply();
    }

    public List<ClientHit> complete(String text) {
        return text == null || text.isBlank() ? List.of() : clients.search(text, 15);
    }

    public static String severity(QuoteStatus s) {
        if (s == null) {
            return "secondary";
        }
        return switch (s) {
            case DRAFT, SUPERSEDED -> "secondary";
            case PENDING_APPROVAL -> "warning";
            case APPROVED, SENT -> "info";
            case ACCEPTED -> "success";
            case REJECTED, EXPIRED -> "danger";
        };
    }

    public String statusSeverity(QuoteStatus s) {
        return severity(s);
    }

    public boolean isPipelineReader() {
        return security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD) || security.isCallerInRole(Role.Names.PROJECT_MANAGER)
                || security.isCallerInRole(Role.Names.AUDITOR);
    }

    public QuoteStatus[] getStatuses() { return QuoteStatus.values(); }
    public LazyDataModel<QuoteDetail> getModel() { return model; }
    public List<PipelineRow> getPipeline() { return pipeline; }
    public ClientHit getClient() { return client; }
    public void setClient(ClientHit v) { client = v; }
    public QuoteStatus getStatus() { return status; }
    public void setStatus(QuoteStatus v) { status = v; }
}
