package app.vinculo.visits.control;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.followups.entity.FollowUp;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.ReleaseStatus;
import app.vinculo.requirements.entity.RequirementStatus;
import app.vinculo.training.entity.CourseEdition;
import app.vinculo.training.entity.EditionStatus;
import app.vinculo.visits.entity.TopicKind;
import app.vinculo.visits.entity.TopicOutcome;
import app.vinculo.visits.entity.TopicSource;
import app.vinculo.visits.entity.Visit;
import app.vinculo.visits.entity.VisitStatus;
import app.vinculo.visits.entity.VisitTopic;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads, for one client, every fact the visit assistant proposes topics from (R2.4), as {@link TopicCandidate}s:
 * modules of interest and growth room weighted by same-industry installs, requirements (open, and delivered in a
 * published release with whether a held visit already showed them), changes of published releases on INSTALLED
 * modules since the last held visit, upcoming course editions on the client's modules and the contacts who never
 * attended a course, open next actions, and the last held visit's skipped topics. A bounded number of queries,
 * each restricted to the client (the upcoming editions are few). {@link ProposalRanking} excludes and ranks.
 */
@Dependent
public class TopicProposals {

    /** Without a held visit, release changes of this many days back are proposed. */
    static final int RELEASE_LOOKBACK_DAYS = 180;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    /** The client's module statuses by code (INSTALLED, OF_INTEREST, NOT_INTERESTED). */
    public Map<String, ModuleStatus> moduleStatuses(long clientId) {
        Map<String, ModuleStatus> out = new HashMap<>();
        em.createQuery("select cm.module.code, cm.status from ClientModule cm where cm.client.id = :c", Object[].class)
                .setParameter("c", clientId).getResultList().forEach(r -> out.put((String) r[0], (ModuleStatus) r[1]));
        return out;
    }

    public List<TopicCandidate> candidates(Client client, Map<String, ModuleStatus> statuses, Instant now, ZoneId zone) {
        List<TopicCandidate> out = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("select m.code, m.name, m.id from ErpModule m where m.active = true order by m.code", Object[].class)
                .getResultList().forEach(r -> {
                    names.put((String) r[0], (String) r[1]);
                    ids.put((String) r[0], (Long) r[2]);
                });
        modules(client, statuses, names, ids, out);
        Visit last = lastHeld(client.getId());
        requirements(client.getId(), out);
        releases(statuses, names, last == null ? now.minus(Duration.ofDays(RELEASE_LOOKBACK_DAYS)) : last.getScheduledAt(),
                last == null, out);
        courses(client.getId(), statuses, LocalDate.ofInstant(now, zone), out);
        nextActions(client.getId(), LocalDate.ofInstant(now, zone), out);
        if (last != null) {
            String day = DAY.format(LocalDate.ofInstant(last.getScheduledAt(), zone));
            for (VisitTopic t : last.getTopics()) {
                if (t.getOutcome() == TopicOutcome.SKIPPED) {
                    out.add(new TopicCandidate(TopicSource.SKIPPED, last.getId(), day, t.getKind(), t.getModuleCode(),
                            "proposal.title.SKIPPED", List.of(t.getTitle()), "proposal.reason.SKIPPED", List.of(day),
                            0, null, false));
                }
            }
        }
        return out;
    }

    private void modules(Client client, Map<String, ModuleStatus> statuses, Map<String, String> names, Map<String, Long> ids,
                         List<TopicCandidate> out) {
        String industry = client.getIndustry();
        String peers = "from Client c where c.active = true and c.id <> :id" + (industry == null ? "" : " and c.industry = :ind");
        var total = em.createQuery("select count(c) " + peers, Long.class).setParameter("id", client.getId());
        var installs = em.createQuery("select cm.module.code, count(cm) from ClientModule cm where cm.status = :st"
                + " and cm.client.active = true and cm.client.id <> :id" + (industry == null ? "" : " and cm.client.industry = :ind")
                + " group by cm.module.code", Object[].class).setParameter("id", client.getId()).setParameter("st", ModuleStatus.INSTALLED);
        if (industry != null) {
            total.setParameter("ind", industry);
            installs.setParameter("ind", industry);
        }
        long n = total.getSingleResult();
        Map<String, Long> installed = new HashMap<>();
        installs.getResultList().forEach(r -> installed.put((String) r[0], ((Number) r[1]).longValue()));
        String among = industry == null ? "" : industry;
        for (Map.Entry<String, String> m : names.entrySet()) {
            ModuleStatus s = statuses.get(m.getKey());
            if (s == ModuleStatus.INSTALLED || s == ModuleStatus.NOT_INTERESTED) {
                continue;
            }
            int share = n == 0 ? 0 : (int) (100 * installed.getOrDefault(m.getKey(), 0L) / n);
            String reason = industry == null ? "proposal.reason.GROWTH.all" : "proposal.reason.GROWTH";
            if (s == ModuleStatus.OF_INTEREST) {
                out.add(new TopicCandidate(TopicSource.INTEREST, ids.get(m.getKey()), m.getValue(), TopicKind.DEMO, m.getKey(),
                        "proposal.title.INTEREST", List.of(m.getValue()), industry == null ? "proposal.reason.INTEREST.all"
                        : "proposal.reason.INTEREST", List.of(String.valueOf(share), among), share, null, false));
            } else if (share > 0) {
                out.add(new TopicCandidate(TopicSource.GROWTH, ids.get(m.getKey()), m.getValue(), TopicKind.DEMO, m.getKey(),
                        "proposal.title.GROWTH", List.of(m.getValue()), reason, List.of(String.valueOf(share), among),
                        share, null, false));
            }
        }
    }

    private void requirements(long clientId, List<TopicCandidate> out) {
        Map<Long, String> deliveredIn = new HashMap<>();
        em.createQuery("select rc.requirement.id, rc.release.label from ReleaseChange rc where rc.requirement.client.id = :c"
                        + " and rc.release.status = :pub", Object[].class).setParameter("c", clientId)
                .setParameter("pub", ReleaseStatus.PUBLISHED).getResultList().forEach(r -> deliveredIn.put((Long) r[0], (String) r[1]));
        Set<Long> shown = new HashSet<>(em.createQuery("select t.sourceId from Visit v join v.topics t where v.client.id = :c"
                        + " and v.status = :held and t.sourceKind = :delivered and (t.outcome is null or t.outcome <> :skipped)", Long.class)
                .setParameter("c", clientId).setParameter("held", VisitStatus.HELD).setParameter("delivered", TopicSource.DELIVERED)
                .setParameter("skipped", TopicOutcome.SKIPPED).getResultList());
        for (Object[] r : em.createQuery("select r.id, r.title, r.moduleCode, r.status from Requirement r where r.client.id = :c"
                + " order by r.id", Object[].class).setParameter("c", clientId).getResultList()) {
            long id = (Long) r[0];
            RequirementStatus status = (RequirementStatus) r[3];
            String title = (String) r[1];
            if (status == RequirementStatus.DELIVERED) {
                String label = deliveredIn.getOrDefault(id, "—");
                out.add(new TopicCandidate(TopicSource.DELIVERED, id, "#" + id, TopicKind.DEMO, (String) r[2],
                        "proposal.title.DELIVERED", List.of(title), "proposal.reason.DELIVERED", List.of(label),
                        0, status.name(), shown.contains(id)));
            } else {
                boolean planned = status == RequirementStatus.PLANNED || status == RequirementStatus.IN_PROGRESS;
                out.add(new TopicCandidate(TopicSource.REQUIREMENT, id, "#" + id, TopicKind.REVIEW, (String) r[2],
                        "proposal.title.REQUIREMENT", List.of(title), "proposal.reason.REQUIREMENT", List.of(status.name()),
                        planned ? 100 : 50, status.name(), false));
            }
        }
    }

    private void releases(Map<String, ModuleStatus> statuses, Map<String, String> names, Instant since, boolean noVisit,
                          List<TopicCandidate> out) {
        Set<String> installed = new HashSet<>();
        statuses.forEach((code, s) -> {
            if (s == ModuleStatus.INSTALLED) {
                installed.add(code);
            }
        });
        if (installed.isEmpty()) {
            return;
        }
        record Group(long firstChangeId, String label, String module, int[] counts) {
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select rc.release.id, rc.release.label, rc.moduleCode, rc.kind, rc.id from ReleaseChange rc"
                        + " where rc.release.status = :pub and rc.release.publishedAt > :since and rc.moduleCode in :mods"
                        + " order by rc.release.publishedAt desc, rc.moduleCode, rc.id", Object[].class)
                .setParameter("pub", ReleaseStatus.PUBLISHED).setParameter("since", since).setParameter("mods", installed)
                .getResultList()) {
            Group g = groups.computeIfAbsent(r[0] + ":" + r[2], k -> new Group((Long) r[4], (String) r[1], (String) r[2], new int[3]));
            g.counts()[((ChangeKind) r[3]).ordinal()]++;
        }
        for (Group g : groups.values()) {
            int strength = g.counts()[ChangeKind.NEW_DEVELOPMENT.ordinal()] > 0 ? 100
                    : g.counts()[ChangeKind.MODIFICATION.ordinal()] > 0 ? 50 : 0;
            // one proposal per release and module; its source record is the group's first change
            out.add(new TopicCandidate(TopicSource.RELEASE, g.firstChangeId(), g.label(), TopicKind.DEMO, g.module(),
                    "proposal.title.RELEASE", List.of(g.label(), names.getOrDefault(g.module(), g.module())),
                    noVisit ? "proposal.reason.RELEASE.noVisit" : "proposal.reason.RELEASE",
                    List.of(String.valueOf(g.counts()[0]), String.valueOf(g.counts()[1]), String.valueOf(g.counts()[2])),
                    strength, null, false));
        }
    }

    private void courses(long clientId, Map<String, ModuleStatus> statuses, LocalDate today, List<TopicCandidate> out) {
        List<String> untrained = untrainedContacts(clientId);
        for (CourseEdition e : em.createQuery("select e from CourseEdition e join fetch e.course where e.status in :st"
                        + " and e.firstDay >= :today order by e.firstDay, e.id", CourseEdition.class)
                .setParameter("st", List.of(EditionStatus.SCHEDULED, EditionStatus.OPEN)).setParameter("today", today).getResultList()) {
            if (!e.isOpenToAll() && !e.getAudienceClientIds().contains(clientId)) {
                continue;
            }
            String module = e.getCourse().getModules().stream().filter(m -> statuses.get(m) == ModuleStatus.INSTALLED
                    || statuses.get(m) == ModuleStatus.OF_INTEREST).sorted().findFirst().orElse(null);
            if (module == null) {
                continue;
            }
            String day = DAY.format(e.getFirstDay());
            out.add(new TopicCandidate(TopicSource.COURSE, e.getId(), e.getCourse().getCode() + " " + day, TopicKind.TRAINING,
                    module, "proposal.title.COURSE", List.of(e.getCourse().getTitle(), day),
                    untrained.isEmpty() ? "proposal.reason.COURSE" : "proposal.reason.COURSE.untrained",
                    List.of(day, String.valueOf(untrained.size()), String.join(", ", untrained.subList(0, Math.min(3, untrained.size())))),
                    untrained.size() * 25, null, false));
        }
    }

    /** Active contacts of the client who never attended a course session. */
    public List<String> untrainedContacts(long clientId) {
        return em.createQuery("select ct.name from Contact ct where ct.client.id = :c and ct.active = true and not exists"
                        + " (select r from Registration r where r.contact = ct and r.attendedSessions > 0) order by ct.name", String.class)
                .setParameter("c", clientId).getResultList();
    }

    private void nextActions(long clientId, LocalDate today, List<TopicCandidate> out) {
        for (FollowUp f : em.createQuery("select f from FollowUp f where f.client.id = :c and f.nextAction is not null"
                + " and f.nextActionDoneAt is null order by f.nextActionDue, f.id", FollowUp.class).setParameter("c", clientId)
                .setMaxResults(20).getResultList()) {
            LocalDate due = f.getNextActionDue();
            int strength = due == null ? 0 : due.isBefore(today) ? 100 : !due.isAfter(today.plusDays(7)) ? 50 : 0;
            out.add(new TopicCandidate(TopicSource.NEXT_ACTION, f.getId(), due == null ? "—" : DAY.format(due), TopicKind.REVIEW,
                    null, "proposal.title.NEXT_ACTION", List.of(f.getNextAction()),
                    due == null ? "proposal.reason.NEXT_ACTION.noDue" : due.isBefore(today) ? "proposal.reason.NEXT_ACTION.overdue"
                            : "proposal.reason.NEXT_ACTION", List.of(due == null ? "" : DAY.format(due),
                    f.getNextActionOwner() == null ? "" : f.getNextActionOwner()), strength, null, false));
        }
    }

    private Visit lastHeld(long clientId) {
        List<Visit> v = em.createQuery("select v from Visit v where v.client.id = :c and v.status = :held"
                        + " order by v.scheduledAt desc, v.id desc", Visit.class).setParameter("c", clientId)
                .setParameter("held", VisitStatus.HELD).setMaxResults(1).getResultList();
        return v.isEmpty() ? null : v.get(0);
    }
}
