package app.vinculo.admin.web;

import app.vinculo.platform.audit.AuditAction;
import app.vinculo.platform.audit.AuditFilter;
import app.vinculo.platform.web.DisplayFormat;
import app.vinculo.platform.web.ListBacking;
import app.vinculo.reports.boundary.AuditChange;
import app.vinculo.reports.boundary.AuditTrailService;
import app.vinculo.reports.web.AuditValues;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serial;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;

/**
 * {@code admin/audit.xhtml}: the audit trail, one row per change (newest first, paged in the database), the record named
 * and linked, its fields old → new formatted in the reader's language; filters; CSV/XLSX (ADMIN, AUDITOR).
 */
@Named
@ViewScoped
public class AuditListBacking extends ListBacking<AuditChange> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext security;

    @Inject
    AuditTrailService audit;

    @Inject
    DisplayFormat format;

    private String actor;
    private String entityType;
    private String entityId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter filter = AuditFilter.none();
    private List<String> types;
    /** Record type → its page when the reader may open it, "" otherwise (asked of the container once per type). */
    private final HashMap<String, String> openable = new HashMap<>();

    public AuditListBacking() {
        super(":audit:table", AuditChange::key);
    }

    @Override
    protected long count() {
        return audit.countChanges(filter);
    }

    @Override
    protected List<AuditChange> page(int first, int size, String sort, boolean ascending) {
        return audit.changes(filter, first, size);
    }

    @Override
    protected void filter() {
        ZoneId zone = format.getZone();
        filter = new AuditFilter(blankToNull(actor), blankToNull(entityType), blankToNull(entityId), action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Override
    protected void reset() {
        actor = null;
        entityType = null;
        entityId = null;
        action = null;
        from = null;
        to = null;
    }

    /** The record types present in the trail, for the filter. */
    public List<String> getTypes() {
        if (types == null) {
            types = audit.recordTypes();
        }
        return types;
    }

    /**
     * The page of a record type, or null when it has none or the reader may not open it (an administrator reads the
     * trail of clients and quotes but opens no client page, an auditor no user form): no link that answers 403.
     */
    public String outcome(String type) {
        return openable.computeIfAbsent(type, t -> {
            String page = AuditValues.outcome(t);
            return page != null && security.hasAccessToWebResource(page + ".xhtml", "GET") ? page : "";
        }).transform(page -> page.isEmpty() ? null : page);
    }

    /** A field value as the reader reads it: dates and instants in the portal's zone, yes/no, numbers es-AR. */
    public String value(String raw) {
        return AuditValues.format(raw, format.getZone(), app.vinculo.platform.web.PageMessages.locale());
    }

    public String fieldLabel(String name) {
        return AuditValues.field(name, app.vinculo.platform.web.PageMessages.locale());
    }

    /** All field changes on one line, for the exports. */
    public String fieldsText(AuditChange c) {
        return AuditValues.fieldsText(c, format.getZone(), app.vinculo.platform.web.PageMessages.locale());
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
