package app.vinculo.reports.boundary;

import app.vinculo.platform.audit.AuditAction;
import app.vinculo.platform.audit.AuditEntry;
import app.vinculo.platform.audit.AuditFilter;
import app.vinculo.platform.security.Role;
import app.vinculo.reports.control.RecordNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The audit view (PRODUCT.md §8, ADMIN and AUDITOR): one row per change — the trail's field rows written together for
 * one record by one person — newest first, paged on the changes, with the record's name. Three statements plus one per
 * record type on the page.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class AuditTrailService {

    /** Changes counted at most (the paginator says "more than" beyond). */
    public static final int COUNT_CAP = 10_000;
    private static final String GROUP = " group by a.occurredAt, a.actor, a.action, a.entityType, a.entityId";

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    RecordNames names;

    public List<AuditChange> changes(AuditFilter filter, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<Object[]> q = em.createQuery("select max(a.id) as m, a.occurredAt, a.actor, a.action, a.entityType, a.entityId "
                + "from AuditEntry a" + where + GROUP + " order by m desc", Object[].class);
        params.forEach(q::setParameter);
        List<Object[]> groups = q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 200)).getResultList();
        if (groups.isEmpty()) {
            return List.of();
        }
        Set<String> types = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        Set<Instant> ats = new TreeSet<>();
        Map<String, Set<String>> idsByType = new LinkedHashMap<>();
        for (Object[] g : groups) {
            types.add((String) g[4]);
            ids.add((String) g[5]);
            ats.add((Instant) g[1]);
            idsByType.computeIfAbsent((String) g[4], t -> new TreeSet<>()).add((String) g[5]);
        }
        Map<String, List<AuditChange.Field>> fields = new HashMap<>();
        for (AuditEntry e : em.createQuery("select a from AuditEntry a where a.entityType in :types and a.entityId in :ids "
                        + "and a.occurredAt in :ats order by a.id", AuditEntry.class)
                .setParameter("types", types).setParameter("ids", ids).setParameter("ats", ats).getResultList()) {
            if (e.getField() != null) {
                fields.computeIfAbsent(key(e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(), e.getEntityId()),
                        k -> new ArrayList<>()).add(new AuditChange.Field(e.getField(), e.getOldValue(), e.getNewValue()));
            }
        }
        Map<String, String> named = names.names(idsByType);
        List<AuditChange> changes = new ArrayList<>();
        for (Object[] g : groups) {
            Instant at = (Instant) g[1];
            String actor = (String) g[2];
            AuditAction action = (AuditAction) g[3];
            String type = (String) g[4];
            String id = (String) g[5];
            changes.add(new AuditChange(((Number) g[0]).longValue(), at, actor, action, type, id, named.get(type + "#" + id),
                    fields.getOrDefault(key(at, actor, action, type, id), List.of())));
        }
        return changes;
    }

    /** How many changes match (at most {@link #COUNT_CAP} + 1). */
    public long countChanges(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select max(a.id) from AuditEntry a" + where(filter, params) + GROUP, Long.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(COUNT_CAP + 1).getResultList().size();
    }

    /** The record types in the trail, for the filter. */
    public List<String> recordTypes() {
        return em.createQuery("select distinct a.entityType from AuditEntry a order by a.entityType", String.class)
                .setMaxResults(100).getResultList();
    }

    private static String key(Instant at, String actor, AuditAction action, String type, String id) {
        return at + "|" + actor + "|" + action + "|" + type + "|" + id;
    }

    private static String where(AuditFilter f, Map<String, Object> params) {
        if (f == null) {
            return "";
        }
        List<String> c = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            c.add("a.actor = :actor");
            params.put("actor", f.actor().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            c.add("a.entityType = :type");
            params.put("type", f.entityType().trim());
        }
        if (f.entityId() != null && !f.entityId().isBlank()) {
            c.add("a.entityId = :eid");
            params.put("eid", f.entityId().trim());
        }
        if (f.action() != null) {
            c.add("a.action = :action");
            params.put("action", f.action());
        }
        if (f.from() != null) {
            c.add("a.occurredAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            c.add("a.occurredAt < :to");
            params.put("to", f.to());
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }
}
