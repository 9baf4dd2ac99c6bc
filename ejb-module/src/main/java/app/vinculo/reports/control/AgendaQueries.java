package app.vinculo.reports.control;

import app.vinculo.reports.boundary.AgendaItem;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.visits.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Visits and course sessions in a time range, for one person (their visits and the sessions they teach) or for the
 * whole department. Each kind is one query for the rows and one for the people (consultants, instructors) of the
 * rows read: four statements whatever the range holds (also when it holds nothing).
 */
@ApplicationScoped
public class AgendaQueries {

    /** One visit row as read. */
    public record VisitRow(Long id, String client, String place, Instant at, int minutes, VisitStatus status, Instant created,
                           Instant changed) {
        Instant updated() {
            return changed != null ? changed : created;
        }
    }

    /** One session row as read. */
    public record SessionRow(Long editionId, String course, String place, LocalDate day, LocalTime start, LocalTime end,
                             EditionStatus status, Instant created, Instant changed) {
        Instant updated() {
            return changed != null ? changed : created;
        }
    }

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    /**
     * @param person        only this person's visits and sessions; null for everyone's
     * @param withCancelled whether cancelled visits and editions are included (the feed shows them as cancelled)
     */
    public List<AgendaItem> between(Instant from, Instant to, ZoneId zone, String person, boolean withCancelled, int max) {
        List<AgendaItem> items = new ArrayList<>();
        items.addAll(visits(from, to, person, withCancelled, max));
        items.addAll(sessions(from, to, zone, person, withCancelled, max));
        items.sort(Comparator.comparing(AgendaItem::start).thenComparing(AgendaItem::uid));
        return items.size() > max ? items.subList(0, max) : items;
    }

    private List<AgendaItem> visits(Instant from, Instant to, String person, boolean withCancelled, int max) {
        String mine = person == null ? "" : " and :me member of v.consultants";
        TypedQuery<VisitRow> q = em.createQuery("select new app.vinculo.reports.control.AgendaQueries$VisitRow(v.id, "
                + DashboardQueries.CLIENT + ", v.place, v.scheduledAt, v.durationMinutes, v.status, "
                + "v.createdAt, v.updatedAt) from Visit v join v.client c where v.scheduledAt >= :from "
                + "and v.scheduledAt < :to" + (withCancelled ? "" : " and v.status <> :cancelled") + mine
                + " order by v.scheduledAt, v.id", VisitRow.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max);
        if (!withCancelled) {
            q.setParameter("cancelled", VisitStatus.CANCELLED);
        }
        if (person != null) {
            q.setParameter("me", person);
        }
        List<VisitRow> rows = q.getResultList();
        Map<Long, String> people = people("select v.id, k from Visit v join v.consultants k where v.id in :ids",
                rows.stream().map(VisitRow::id).toList());
        return rows.stream().map(r -> new AgendaItem(AgendaItem.Kind.VISIT, r.id(), 0, r.client(), r.place(), r.at(),
                r.at().plusSeconds(60L * Math.max(r.minutes(), 15)), r.status().name(), people.getOrDefault(r.id(), ""),
                r.updated())).toList();
    }

    private List<AgendaItem> sessions(Instant from, Instant to, ZoneId zone, String person, boolean withCancelled, int max) {
        LocalDate first = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(to, zone);
        String mine = person == null ? "" : " and :me member of e.instructors";
        TypedQuery<SessionRow> q = em.createQuery("select new app.vinculo.reports.control.AgendaQueries$SessionRow(e.id, "
                + "co.title, e.place, s.day, s.start, s.end, e.status, e.createdAt, e.updatedAt) "
                + "from CourseEdition e join e.course co join e.sessions s where e.firstDay <= :last and e.lastDay >= :first "
                + "and s.day >= :first and s.day <= :last" + (withCancelled ? "" : " and e.status <> :cancelled") + mine
                + " order by s.day, s.start, e.id", SessionRow.class)
                .setParameter("first", first).setParameter("last", last).setMaxResults(max);
        if (!withCancelled) {
            q.setParameter("cancelled", EditionStatus.CANCELLED);
        }
        if (person != null) {
            q.setParameter("me", person);
        }
        List<SessionRow> rows = q.getResultList();
        Map<Long, String> people = people("select e.id, i from CourseEdition e join e.instructors i where e.id in :ids",
                rows.stream().map(SessionRow::editionId).distinct().toList());
        List<AgendaItem> items = new ArrayList<>();
        for (SessionRow r : rows) {
            Instant start = r.day().atTime(r.start()).atZone(zone).toInstant();
            if (start.isBefore(from) || !start.isBefore(to)) {
                continue;
            }
            items.add(new AgendaItem(AgendaItem.Kind.SESSION, r.editionId(), (int) r.day().toEpochDay(), r.course(), r.place(), start,
                    r.day().atTime(r.end()).atZone(zone).toInstant(), r.status().name(), people.getOrDefault(r.editionId(), ""),
                    r.updated()));
        }
        return items;
    }

    private Map<Long, String> people(String jpql, List<Long> ids) {
        // read even when there are no rows (no id matches -1), so that the statements never depend on the data
        return em.createQuery(jpql, Object[].class).setParameter("ids", ids.isEmpty() ? List.of(-1L) : ids).getResultList().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(r -> (String) r[1],
                        Collectors.collectingAndThen(Collectors.toList(), l -> String.join(", ", l.stream().sorted().toList())))));
    }
}
