package app.vinculo.health.control;

import app.vinculo.health.boundary.ClientHealth;
import app.vinculo.health.boundary.ConsultantHealth;
import app.vinculo.health.boundary.HealthFacts;
import app.vinculo.health.boundary.HealthItem;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * R3.2 "who to visit next" in the database: one SQL query over the client row and six per-client aggregates
 * (A&amp;M agreements, open regularisations, open requirements, quotes waiting, modules of interest, contacts never
 * trained), each a correlated subquery answered from an index on CLIENT_ID — no per-client round trip, no Java loop
 * over all clients. (Grouped derived tables LEFT JOINed to CLIENT were quadratic on Derby, which re-aggregates the
 * whole derived table for every client row: the 50 000-client ranking did not finish in 15 minutes.)
 * The penalty is {@link HealthFormula#sqlPenalty}; the page is sorted and cut by the database (OFFSET/FETCH), then
 * each row's explanation is computed from the facts the same query read. Portable SQL (Derby and PostgreSQL).
 */
@Dependent
public class HealthQueries {

    private static final String BASE = "SELECT c.ID, COALESCE(c.TRADE_NAME, c.LEGAL_NAME) AS NAME, c.LEAD_CONSULTANT AS LEAD,"
            + " c.LAST_CONTACT_AT AS LAST_CONTACT, COALESCE(c.LAST_CONTACT_AT, c.CREATED_AT) AS SINCE,"
            + " (SELECT COUNT(*) FROM AGREEMENT a WHERE a.CLIENT_ID = c.ID AND a.AGREEMENT_TYPE = 'SUPPORT_MAINTENANCE'"
            + "   AND a.CANCELLED_AT IS NULL AND a.START_DATE <= ? AND a.END_DATE >= ?) AS AM_ACTIVE,"
            + " (SELECT MAX(a.END_DATE) FROM AGREEMENT a WHERE a.CLIENT_ID = c.ID AND a.AGREEMENT_TYPE = 'SUPPORT_MAINTENANCE'"
            + "   AND a.CANCELLED_AT IS NULL) AS AM_END,"
            + " (SELECT COUNT(*) FROM REGULARIZATION_CASE g WHERE g.CLIENT_ID = c.ID"
            + "   AND g.STATUS IN ('OPEN', 'IN_NEGOTIATION')) AS N_REG,"
            + " (SELECT COUNT(*) FROM REQUIREMENT q WHERE q.CLIENT_ID = c.ID"
            + "   AND q.STATUS IN ('NEW', 'UNDER_REVIEW', 'QUOTING', 'PLANNED', 'IN_PROGRESS')) AS N_REQ,"
            + " (SELECT COUNT(*) FROM QUOTE o WHERE o.CLIENT_ID = c.ID AND o.STATUS = 'SENT') AS N_QUOTE,"
            + " (SELECT COUNT(*) FROM CLIENT_MODULE m WHERE m.CLIENT_ID = c.ID AND m.STATUS = 'OF_INTEREST') AS N_INTEREST,"
            // "never attended a session" as an aggregate per contact, not NOT EXISTS: Derby flattens NOT EXISTS into a
            // hash join that scans all of REGISTRATION again for every client; an aggregate subquery it probes by index
            + " (SELECT COUNT(*) FROM CONTACT ct WHERE ct.CLIENT_ID = c.ID AND ct.ACTIVE = TRUE"
            + "   AND COALESCE((SELECT MAX(r.ATTENDED_SESSIONS) FROM REGISTRATION r WHERE r.CONTACT_ID = ct.ID), 0) = 0)"
            + "   AS N_UNTRAINED"
            + " FROM CLIENT c"
            + " WHERE c.ACTIVE = TRUE";

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    /**
     * One page of active clients, lowest score first (ties: longest without contact, then oldest id).
     *
     * @param consultant only clients this user serves (lead or other consultant); null for all
     */
    public List<ClientHealth> page(HealthWeights w, Instant now, ZoneId zone, String consultant, int first, int size) {
        List<Object> params = new ArrayList<>();
        String penalty = HealthFormula.sqlPenalty(w, now, zone, params);
        String sql = "SELECT x.* FROM (SELECT b.*, " + penalty + " AS PENALTY FROM (" + base(now, zone, consultant, null, params)
                + ") b) x ORDER BY x.PENALTY DESC, x.SINCE ASC, x.ID ASC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        params.add(Math.max(0, first));
        params.add(Math.min(Math.max(1, size), 200));
        List<ClientHealth> rows = new ArrayList<>();
        int rank = Math.max(0, first);
        for (Object[] r : rows(sql, params)) {
            rows.add(health(r, w, now, zone, ++rank));
        }
        return rows;
    }

    public long count(String consultant) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM CLIENT c WHERE c.ACTIVE = TRUE");
        if (consultant != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM CLIENT_CONSULTANT cc WHERE cc.CLIENT_ID = c.ID AND cc.USERNAME = ?)");
            params.add(consultant);
        }
        Query q = em.createNativeQuery(sql.toString());
        bind(q, params);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** One client's score, by the same query (so the client page shows what the list shows); null when inactive. */
    public ClientHealth one(HealthWeights w, Instant now, ZoneId zone, long clientId) {
        List<Object> params = new ArrayList<>();
        String penalty = HealthFormula.sqlPenalty(w, now, zone, params);
        String sql = "SELECT b.*, " + penalty + " AS PENALTY FROM (" + base(now, zone, null, clientId, params) + ") b";
        List<Object[]> r = rows(sql, params);
        return r.isEmpty() ? null : health(r.get(0), w, now, zone, 0);
    }

    /** Per lead consultant: active clients, how many urgent (half the points or more off) and the lowest score. */
    public List<ConsultantHealth> byConsultant(HealthWeights w, Instant now, ZoneId zone) {
        List<Object> params = new ArrayList<>();
        String penalty = HealthFormula.sqlPenalty(w, now, zone, params);
        String sql = "SELECT x.LEAD, COUNT(*), SUM(CASE WHEN 2 * x.PENALTY >= " + w.max() + " THEN 1 ELSE 0 END), MAX(x.PENALTY)"
                + " FROM (SELECT b.LEAD, " + penalty + " AS PENALTY FROM (" + base(now, zone, null, null, params) + ") b) x"
                + " GROUP BY x.LEAD ORDER BY 3 DESC, 1";
        return rows(sql, params).stream().map(r -> new ConsultantHealth((String) r[0], num(r[1]), num(r[2]),
                w.max() - (int) num(r[3]))).toList();
    }

    private static String base(Instant now, ZoneId zone, String consultant, Long clientId, List<Object> params) {
        java.sql.Date today = java.sql.Date.valueOf(LocalDate.ofInstant(now, zone));
        params.add(today);
        params.add(today);
        StringBuilder sql = new StringBuilder(BASE);
        if (consultant != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM CLIENT_CONSULTANT cc WHERE cc.CLIENT_ID = c.ID AND cc.USERNAME = ?)");
            params.add(consultant);
        }
        if (clientId != null) {
            sql.append(" AND c.ID = ?");
            params.add(clientId);
        }
        return sql.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> params) {
        Query q = em.createNativeQuery(sql);
        bind(q, params);
        return q.getResultList();
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }

    /** Columns: ID, NAME, LEAD, LAST_CONTACT, SINCE, AM_ACTIVE, AM_END, N_REG, N_REQ, N_QUOTE, N_INTEREST, N_UNTRAINED, PENALTY. */
    private static ClientHealth health(Object[] r, HealthWeights w, Instant now, ZoneId zone, int rank) {
        HealthFacts facts = new HealthFacts(instant(r[3]), instant(r[4]), num(r[5]) > 0, date(r[6]), (int) num(r[7]),
                (int) num(r[8]), (int) num(r[9]), (int) num(r[10]), (int) num(r[11]));
        List<HealthItem> items = HealthFormula.items(facts, w, now, zone);
        int score = HealthFormula.score(items, w);
        int sqlPenalty = (int) num(r[12]);
        if (w.max() - score != sqlPenalty) {
            // the two evaluations of the one formula disagree: a bug; the explanation wins, the IT catches it
            java.util.logging.Logger.getLogger(HealthQueries.class.getName()).warning(
                    "health score mismatch for client " + r[0] + ": sql " + sqlPenalty + " java " + (w.max() - score));
        }
        return new ClientHealth(num(r[0]), (String) r[1], (String) r[2], rank, score, w.max(), facts, items);
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Instant instant(Object o) {
        return o == null ? null : o instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) o;
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
