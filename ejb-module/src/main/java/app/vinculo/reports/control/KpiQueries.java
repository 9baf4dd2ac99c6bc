package app.vinculo.reports.control;

import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.Currency;
import app.vinculo.reports.boundary.Kpis;
import app.vinculo.requirements.entity.QuoteStatus;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.visits.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One aggregate query per figure (counts and sums in the database); only held visits are read as rows (one per visit). */
@ApplicationScoped
public class KpiQueries {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    private static String lead(String consultant, String alias) {
        return consultant == null ? "" : " and " + alias + ".leadConsultant = :lead";
    }

    private static <T> TypedQuery<T> lead(TypedQuery<T> q, String consultant) {
        return consultant == null ? q : q.setParameter("lead", consultant);
    }

    public long activeClients(String consultant) {
        return lead(em.createQuery("select count(c) from Client c where c.active = :yes" + lead(consultant, "c"), Long.class)
                .setParameter("yes", Boolean.TRUE), consultant).getSingleResult();
    }

    /** Active clients with a follow-up or a held visit in [from, to). */
    public long contacted(Instant from, Instant to, String consultant) {
        return lead(em.createQuery("select count(c) from Client c where c.active = :yes" + lead(consultant, "c")
                        + " and (exists (select f.id from FollowUp f where f.client = c and f.occurredAt >= :from and f.occurredAt < :to)"
                        + " or exists (select v.id from Visit v where v.client = c and v.status = :held "
                        + "and v.scheduledAt >= :from and v.scheduledAt < :to))", Long.class)
                .setParameter("yes", Boolean.TRUE).setParameter("from", from).setParameter("to", to)
                .setParameter("held", VisitStatus.HELD), consultant).getSingleResult();
    }

    public long withMaintenance(LocalDate day, String consultant) {
        return lead(em.createQuery("select count(c) from Client c where c.active = :yes" + lead(consultant, "c")
                        + " and exists (select a.id from Agreement a where a.client = c and a.type = :sm and a.cancelledAt is null "
                        + "and a.startDate <= :day and a.endDate >= :day)", Long.class)
                .setParameter("yes", Boolean.TRUE).setParameter("sm", AgreementType.SUPPORT_MAINTENANCE)
                .setParameter("day", day), consultant).getSingleResult();
    }

    /** A&amp;M agreements ending in the period: {ending, renewed}. */
    public long[] renewals(LocalDate from, LocalDate to, String consultant) {
        String where = " from Agreement a join a.client c where a.type = :sm and a.cancelledAt is null "
                + "and a.endDate >= :from and a.endDate <= :to" + lead(consultant, "c");
        long ending = lead(em.createQuery("select count(a)" + where, Long.class), consultant)
                .setParameter("sm", AgreementType.SUPPORT_MAINTENANCE).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        long renewed = ending == 0 ? 0 : lead(em.createQuery("select count(a)" + where
                        + " and exists (select n.id from Agreement n where n.previous = a and n.cancelledAt is null)", Long.class), consultant)
                .setParameter("sm", AgreementType.SUPPORT_MAINTENANCE).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return new long[] {ending, renewed};
    }

    public long requirements(Instant from, Instant to, String consultant) {
        return lead(em.createQuery("select count(r) from Requirement r join r.client c where r.createdAt >= :from "
                        + "and r.createdAt < :to" + lead(consultant, "c"), Long.class), consultant)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Quotes drafted in the period (superseded revisions not counted twice: only the latest of a chain is). */
    public Kpis.Money quotes(Instant from, Instant to, String consultant) {
        return money(lead(em.createQuery("select q.currency, count(q), sum(q.total) from Quote q join q.client c "
                        + "where q.createdAt >= :from and q.createdAt < :to and q.status <> :superseded" + lead(consultant, "c")
                        + " group by q.currency", Object[].class), consultant)
                .setParameter("from", from).setParameter("to", to).setParameter("superseded", QuoteStatus.SUPERSEDED)
                .getResultList());
    }

    public Kpis.Money accepted(Instant from, Instant to, String consultant) {
        return money(lead(em.createQuery("select q.currency, count(q), sum(q.total) from Quote q join q.client c "
                        + "where q.status = :accepted and q.answeredAt >= :from and q.answeredAt < :to" + lead(consultant, "c")
                        + " group by q.currency", Object[].class), consultant)
                .setParameter("from", from).setParameter("to", to).setParameter("accepted", QuoteStatus.ACCEPTED)
                .getResultList());
    }

    private static Kpis.Money money(List<Object[]> rows) {
        Map<Currency, BigDecimal> amounts = new EnumMap<>(Currency.class);
        long count = 0;
        for (Object[] r : rows) {
            count += ((Number) r[1]).longValue();
            amounts.put((Currency) r[0], ((BigDecimal) r[2]).setScale(2, java.math.RoundingMode.HALF_EVEN));
        }
        return new Kpis.Money(count, amounts);
    }

    private String given(String consultant) {
        return " from CourseEdition e where e.status in :given and e.firstDay <= :to and e.lastDay >= :from"
                + (consultant == null ? "" : " and :lead member of e.instructors");
    }

    private <T> TypedQuery<T> given(TypedQuery<T> q, LocalDate from, LocalDate to, String consultant) {
        return lead(q, consultant).setParameter("given", Set.of(EditionStatus.HELD, EditionStatus.CLOSED))
                .setParameter("from", from).setParameter("to", to);
    }

    /** {editions given, attendees, clients trained}. */
    public long[] training(LocalDate from, LocalDate to, String consultant) {
        long editions = given(em.createQuery("select count(e)" + given(consultant), Long.class), from, to, consultant)
                .getSingleResult();
        if (editions == 0) {
            return new long[] {0, 0, 0};
        }
        String attended = " from Registration r where r.attendedSessions > 0 and r.edition in (select e" + given(consultant) + ")";
        long attendees = given(em.createQuery("select count(distinct r.contact)" + attended, Long.class), from, to, consultant)
                .getSingleResult();
        long clients = given(em.createQuery("select count(distinct r.client)" + attended, Long.class), from, to, consultant)
                .getSingleResult();
        return new long[] {editions, attendees, clients};
    }

    /** Held visits in [from, to) per consultant and month (in the zone), consultants in name order. */
    public List<Kpis.VisitsInMonth> visitsByConsultant(Instant from, Instant to, ZoneId zone, String consultant) {
        TypedQuery<Object[]> rows = em.createQuery("select k, v.scheduledAt from Visit v join v.consultants k where v.status = :held "
                        + "and v.scheduledAt >= :from and v.scheduledAt < :to" + (consultant == null ? "" : " and k = :lead"),
                        Object[].class)
                .setParameter("held", VisitStatus.HELD).setParameter("from", from).setParameter("to", to)
                .setMaxResults(100_000);
        if (consultant != null) {
            rows.setParameter("lead", consultant);
        }
        Map<String, Map<YearMonth, Long>> counts = new TreeMap<>();
        for (Object[] r : rows.getResultList()) {
            counts.computeIfAbsent((String) r[0], k -> new TreeMap<>())
                    .merge(YearMonth.from(((Instant) r[1]).atZone(zone)), 1L, Long::sum);
        }
        return counts.entrySet().stream().flatMap(e -> e.getValue().entrySet().stream()
                .map(m -> new Kpis.VisitsInMonth(e.getKey(), m.getKey(), m.getValue()))).toList();
    }
}
