package app.vinculo.visits.web;

import app.vinculo.clients.boundary.ClientHit;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ConsultantChoice;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.ListBacking;
import app.vinculo.visits.boundary.VisitFilter;
import app.vinculo.visits.boundary.VisitService;
import app.vinculo.visits.boundary.VisitSummary;
import app.vinculo.visits.entity.VisitKind;
import app.vinculo.visits.entity.VisitStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code visits/list.xhtml}: the visits, paged in the database, newest first (or oldest first), filtered by
 * consultant ("Mis visitas", on by default for consultants), client, kind, status and date range; CSV export.
 */
@Named
@ViewScoped
public class VisitListBacking extends ListBacking<VisitSummary> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    VisitService visits;

    @Inject
    ClientService clients;

    @Inject
    SecurityContext security;

    @Inject
    DisplayFormat format;

    private boolean mine;
    private String consultant;
    private ClientHit client;
    private VisitKind kind;
    private VisitStatus status;
    private LocalDate from;
    private LocalDate to;
    private VisitFilter filter = VisitFilter.none();
    private List<ConsultantChoice> consultants;

    public VisitListBacking() {
        super(":visits:table", VisitSummary::id);
    }

    @PostConstruct
    void init() {
        consultants = clients.consultants();
        mine = security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
        filter();
    }

    @Override
    protected long count() {
        return visits.count(filter);
    }

    /** Newest first unless the date column is sorted ascending. */
    @Override
    protected List<VisitSummary> page(int first, int size, String sort, boolean ascending) {
        return visits.page(filter, first, size, sort == null || !ascending);
    }

    @Override
    protected void reset() {
        consultant = null;
        client = null;
        kind = null;
        status = null;
        from = null;
        to = null;
    }

    @Override
    protected void filter() {
        String who = mine ? me() : blankToNull(consultant);
        filter = new VisitFilter(who, client == null ? null : client.id(), kind, status,
                from == null ? null : from.atStartOfDay(format.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(format.getZone()).toInstant());
    }

    public String consultantName(String username) {
        return ConsultantChoice.nameOf(consultants, username);
    }

    public String consultantNames(VisitSummary row) {
        return row.consultants().stream().map(this::consultantName).sorted().collect(Collectors.joining(", "));
    }

    public static String severity(VisitStatus status) {
        if (status == null) {
            return "secondary";
        }
        return switch (status) {
            case PLANNED -> "info";
            case CONFIRMED -> "success";
            case HELD -> null;
            case POSTPONED -> "warning";
            case CANCELLED -> "danger";
        };
    }

    public String statusSeverity(VisitStatus s) {
        return severity(s);
    }

    public boolean isPlanner() {
        return security.isCallerInRole(Role.Names.CONSULTANT) || security.isCallerInRole(Role.Names.IMPLEMENTATION_HEAD);
    }

    private String me() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public VisitKind[] getKinds() { return VisitKind.values(); }
    public VisitStatus[] getStatuses() { return VisitStatus.values(); }
    public List<ConsultantChoice> getConsultants() { return consultants; }
    public boolean isMine() { return mine; }
    public void setMine(boolean v) { mine = v; }
    public String getConsultant() { return consultant; }
    public void setConsultant(String v) { consultant = v; }
    public ClientHit getClient() { return client; }
    public void setClient(ClientHit v) { client = v; }
    public VisitKind getKind() { return kind; }
    public void setKind(VisitKind v) { kind = v; }
    public VisitStatus getStatus() { return status; }
    public void setStatus(VisitStatus v) { status = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
}
