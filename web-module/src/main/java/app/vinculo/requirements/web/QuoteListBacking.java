package app.vinculo.requirements.web;

import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.ListBacking;
import app.vinculo.requirements.boundary.PipelineRow;
import app.vinculo.requirements.boundary.QuoteDetail;
import app.vinculo.requirements.boundary.QuoteService;
import app.vinculo.requirements.entity.QuoteStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.util.List;

/**
 * {@code quotes/list.xhtml}: the quotes, newest first, paged in the database, filtered by status and client; the
 * pipeline (counts and amounts by state and currency) for Implementation Heads, Project Managers and auditors.
 */
@Named
@ViewScoped
public class QuoteListBacking extends ListBacking<QuoteDetail> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    QuoteService quotes;

    @Inject
    SecurityContext security;

    private ClientHit client;
    private QuoteStatus status;
    private List<PipelineRow> pipeline = List.of();

    public QuoteListBacking() {
        super(":quotes:table", QuoteDetail::id);
    }

    @PostConstruct
    void init() {
        if (isPipelineReader()) {
            pipeline = quotes.pipeline();
        }
    }

    private Long clientId() {
        return client == null ? null : client.id();
    }

    @Override
    protected long count() {
        return quotes.count(clientId(), status);
    }

    @Override
    protected List<QuoteDetail> page(int first, int size, String sort, boolean ascending) {
        return quotes.page(clientId(), status, first, size);
    }

    @Override
    protected void reset() {
        client = null;
        status = null;
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
    public List<PipelineRow> getPipeline() { return pipeline; }
    public ClientHit getClient() { return client; }
    public void setClient(ClientHit v) { client = v; }
    public QuoteStatus getStatus() { return status; }
    public void setStatus(QuoteStatus v) { status = v; }
}
