package app.vinculo.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names users know records by (a client's name, a quote's number, a course's title…), read in one query per record
 * type present, for the ids asked. Types without a name (settings, preferences) are left out: the page shows the type.
 */
@ApplicationScoped
public class RecordNames {

    private static final String C = DashboardQueries.CLIENT;

    /** Entity name → JPQL selecting (id, name) of :ids. */
    static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("Client", "select c.id, " + C + " from Client c where c.id in :ids"),
            Map.entry("Contact", "select k.id, k.name from Contact k where k.id in :ids"),
            Map.entry("Agreement", "select a.id, " + C + " from Agreement a join a.client c where a.id in :ids"),
            Map.entry("RegularizationCase", "select r.id, " + C + " from RegularizationCase r join r.client c where r.id in :ids"),
            Map.entry("AssistanceRequest", "select r.id, " + C + " from AssistanceRequest r join r.client c where r.id in :ids"),
            Map.entry("Visit", "select v.id, " + C + " from Visit v join v.client c where v.id in :ids"),
            Map.entry("FollowUp", "select f.id, " + C + " from FollowUp f join f.client c where f.id in :ids"),
            Map.entry("ClientModule", "select m.id, " + C + " from ClientModule m join m.client c where m.id in :ids"),
            Map.entry("Requirement", "select r.id, r.title from Requirement r where r.id in :ids"),
            Map.entry("Quote", "select q.id, q.number from Quote q where q.id in :ids"),
            Map.entry("Course", "select c.id, c.title from Course c where c.id in :ids"),
            Map.entry("CourseEdition", "select e.id, co.title from CourseEdition e join e.course co where e.id in :ids"),
            Map.entry("Registration", "select r.id, k.name from Registration r join r.contact k where r.id in :ids"),
            Map.entry("Release", "select r.id, r.label from Release r where r.id in :ids"),
            Map.entry("ReleaseChange", "select c.id, r.label from ReleaseChange c join c.release r where c.id in :ids"),
            Map.entry("TestCampaign", "select k.id, r.label from TestCampaign k join k.release r where k.id in :ids"),
            Map.entry("TestCase", "select t.id, t.title from TestCase t where t.id in :ids"),
            Map.entry("ErpModule", "select m.id, m.name from ErpModule m where m.id in :ids"),
            Map.entry("AppUser", "select u.id, u.displayName from AppUser u where u.id in :ids"));

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    /** Names by "Type#id". */
    public Map<String, String> names(Map<String, Set<String>> idsByType) {
        Map<String, String> names = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            String jpql = QUERIES.get(type);
            List<Long> numeric = numeric(ids);
            if (jpql != null && !numeric.isEmpty()) {
                for (Object[] r : em.createQuery(jpql, Object[].class).setParameter("ids", numeric).getResultList()) {
                    names.put(type + "#" + r[0], (String) r[1]);
                }
            }
        });
        return names;
    }

    private static List<Long> numeric(Collection<String> ids) {
        return ids.stream().filter(s -> s.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
    }
}
