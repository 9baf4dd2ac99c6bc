package app.vinculo.admin.web;

import app.vinculo.platform.web.PagedRows;
import app.vinculo.platform.audit.AuditAction;
import app.vinculo.platform.audit.AuditFilter;
import app.vinculo.platform.audit.AuditRow;
import app.vinculo.platform.audit.AuditService;
import app.vinculo.platform.web.DisplayFormat;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/** {@code admin/audit.xhtml}: the audit trail, newest first, paged in the database, filtered (ADMIN, AUDITOR). */
@Named
@ViewScoped
public class AuditListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    DisplayFormat format;

    private String actor;
    private String entityType;
    private String entityId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter filter = AuditFilter.none();
    private final LazyDataModel<AuditRow> model = new PagedRows<>(() -> audit.count(filter), (first, size, sort, asc) -> audit.page(filter, first, size), AuditRow::id);

    /** Applies the filter fields (the table then reloads from its first page). */
    public void apply() {
        ZoneId zone = format.getZone();
        filter = new AuditFilter(blankToNull(actor), blankToNull(entityType), blankToNull(entityId), action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public void clear() {
        actor = null;
        entityType = null;
        entityId = null;
        action = null;
        from = null;
        to = null;
        filter = AuditFilter.none();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public LazyDataModel<AuditRow> getModel() {
        return model;
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
