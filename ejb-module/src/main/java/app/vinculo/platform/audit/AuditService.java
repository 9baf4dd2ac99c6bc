package app.vinculo.platform.audit;

import app.vinculo.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Boundary of the audit-trail page: paged, filtered, newest first (ADMIN and AUDITOR). */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class AuditService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    public List<AuditRow> page(AuditFilter filter, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<AuditRow> query = em.createQuery("select new app.vinculo.platform.audit.AuditRow(a.id, "
                + "a.occurredAt, a.actor, a.action, a.entityType, a.entityId, a.field, a.oldValue, a.newValue) "
                + "from AuditEntry a" + where + " order by a.id desc", AuditRow.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500)).getResultList();
    }

    public long count(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(a) from AuditEntry a" + where(filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The trail of one record, oldest first. */
    public List<AuditRow> history(String entityType, String entityId) {
        List<AuditRow> rows = new ArrayList<>(page(new AuditFilter(null, entityType, entityId, null, null, null), 0, 500));
        java.util.Collections.reverse(rows);
        return rows;
    }

    private static String where(AuditFilter f, Map<String, Object> params) {
        if (f == null) {
            return "";
        }
        List<String> conditions = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            conditions.add("a.actor = :actor");
            params.put("actor", f.actor().trim());
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            conditions.add("a.entityType = :type");
            params.put("type", f.entityType().trim());
        }
        if (f.entityId() != null && !f.entityId().isBlank()) {
            conditions.add("a.entityId = :eid");
            params.put("eid", f.entityId().trim());
        }
        if (f.action() != null) {
            conditions.add("a.action = :action");
            params.put("action", f.action());
        }
        if (f.from() != null) {
            conditions.add("a.occurredAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            conditions.add("a.occurredAt < :to");
            params.put("to", f.to());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
