package app.vinculo.visits.control;

import app.vinculo.visits.boundary.VisitFilter;
import app.vinculo.visits.boundary.VisitSummary;
import app.vinculo.visits.entity.Visit;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The visit list's queries: filtered, sorted by date and paged in the database (consultants and topics batch-fetched). */
@Dependent
public class VisitQueries {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    public List<VisitSummary> page(VisitFilter filter, int first, int size, boolean newestFirst) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Visit> q = em.createQuery("select v from Visit v join fetch v.client" + where(filter, params)
                + " order by v.scheduledAt " + (newestFirst ? "desc" : "asc") + ", v.id", Visit.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500)).getResultList()
                .stream().map(v -> new VisitSummary(v.getId(), v.getClient().getId(), v.getClient().displayName(), v.getKind(),
                        v.getScheduledAt(), v.getDurationMinutes(), v.getPlace(), Set.copyOf(v.getConsultants()),
                        v.getStatus(), v.getTopics().size())).toList();
    }

    public long count(VisitFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(v) from Visit v" + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(VisitFilter f, Map<String, Object> params) {
        if (f == null) {
            return "";
        }
        List<String> c = new ArrayList<>();
        if (f.consultant() != null && !f.consultant().isBlank()) {
            c.add(":consultant member of v.consultants");
            params.put("consultant", f.consultant());
        }
        if (f.clientId() != null) {
            c.add("v.client.id = :client");
            params.put("client", f.clientId());
        }
        if (f.kind() != null) {
            c.add("v.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.status() != null) {
            c.add("v.status = :status");
            params.put("status", f.status());
        }
        if (f.from() != null) {
            c.add("v.scheduledAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            c.add("v.scheduledAt < :to");
            params.put("to", f.to());
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }
}
