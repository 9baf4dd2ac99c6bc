package app.vinculo.releases.boundary;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.releases.control.CaseGenerator;
import app.vinculo.releases.entity.CampaignStatus;
import app.vinculo.releases.entity.Release;
import app.vinculo.releases.entity.ReleaseChange;
import app.vinculo.releases.entity.SignOffRule;
import app.vinculo.releases.entity.TestCampaign;
import app.vinculo.releases.entity.TestCase;
import app.vinculo.releases.entity.TestResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Boundary of test campaigns (PRODUCT.md §6): the Implementation Head opens the campaign of a published release (one
 * case per change, plus manual ones), assigns cases in bulk, waives failed ones with a reason and signs off under
 * R6.2; consultants record the results of the cases assigned to them.
 */
@Stateless
public class CampaignService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Opens the campaign of a published release with one generated case per change. */
    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public CampaignDetail open(long releaseId) {
        Release release = em.find(Release.class, releaseId);
        if (release == null) {
            throw new NotFoundException("release", releaseId);
        }
        if (!em.createQuery("select t.id from TestCampaign t where t.release = :r", Long.class).setParameter("r", release)
                .getResultList().isEmpty()) {
            throw new BusinessException("campaign.exists", release.getLabel());
        }
        TestCampaign campaign = new TestCampaign(release, currentUser.name(), clock.instant());
        em.persist(campaign);
        List<ReleaseChange> changes = em.createQuery("select c from ReleaseChange c where c.release = :r "
                + "order by c.sortOrder, c.id", ReleaseChange.class).setParameter("r", release).getResultList();
        Map<Long, ReleaseChange> byId = new TreeMap<>();
        changes.forEach(c -> byId.put(c.getId(), c));
        Map<String, String> moduleNames = new TreeMap<>();
        em.createQuery("select m.code, m.name from ErpModule m", Object[].class).getResultList()
                .forEach(row -> moduleNames.put((String) row[0], (String) row[1]));
        for (CaseGenerator.Case c : CaseGenerator.casesFor(changes.stream()
                .map(ch -> new CaseGenerator.Change(ch.getId(), ch.getKind(), ch.getModuleCode(),
                        moduleNames.getOrDefault(ch.getModuleCode(), ch.getModuleCode()), ch.getDescription())).toList())) {
            em.persist(new TestCase(campaign, byId.get(c.changeId()), c.sortOrder(), c.moduleCode(), c.title(), c.steps()));
        }
        em.flush();
        return detail(campaign);
    }

    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public CaseRow addCase(long campaignId, @NotNull @Valid CaseForm form) {
        TestCampaign campaign = load(campaignId);
        campaign.checkOpen();
        String module = form.getModuleCode().trim().toUpperCase(java.util.Locale.ROOT);
        if (em.createQuery("select count(m) from ErpModule m where m.code = :c", Long.class).setParameter("c", module)
                .getSingleResult() == 0) {
            throw new InvalidInputException("module.unknown", module);
        }
        Integer max = em.createQuery("select max(t.sortOrder) from TestCase t where t.campaign = :c", Integer.class)
                .setParameter("c", campaign).getSingleResult();
        TestCase c = new TestCase(campaign, null, max == null ? 1 : max + 1, module, form.getTitle(), form.getSteps());
        em.persist(c);
        em.flush();
        return row(c);
    }

    /** Assigns cases to a consultant in one go (null unassigns). */
    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public int assign(long campaignId, Collection<Long> caseIds, String username) {
        TestCampaign campaign = load(campaignId);
        campaign.checkOpen();
        if (caseIds == null || caseIds.isEmpty()) {
            throw new InvalidInputException("testcase.noneChosen");
        }
        if (caseIds.size() > 2_000) {
            throw new InvalidInputException("testcase.tooManyChosen", 2_000);
        }
        if (username != null && em.createQuery("select count(u) from AppUser u join u.roles r where u.username = :n "
                        + "and u.enabled = :yes and r in :roles", Long.class)
                .setParameter("n", username).setParameter("yes", Boolean.TRUE)
                .setParameter("roles", List.of(Role.CONSULTANT, Role.IMPLEMENTATION_HEAD)).getSingleResult() == 0) {
            throw new InvalidInputException("testcase.assigneeUnknown", username);
        }
        List<TestCase> cases = em.createQuery("select t from TestCase t where t.id in :ids", TestCase.class)
                .setParameter("ids", new LinkedHashSet<>(caseIds)).getResultList();
        if (cases.size() != new LinkedHashSet<>(caseIds).size()
                || cases.stream().anyMatch(c -> !c.getCampaign().getId().equals(campaignId))) {
            throw new InvalidInputException("testcase.otherCampaign");
        }
        cases.forEach(c -> c.assign(username));
        em.flush();
        return cases.size();
    }

    /** A consultant records the result of a case assigned to them (the Implementation Head of any case). */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public CaseRow record(long caseId, long version, TestResult result, String notes) {
        TestCase c = loadCase(caseId, version);
        if (!currentUser.hasRole(Role.IMPLEMENTATION_HEAD) && !currentUser.name().equalsIgnoreCase(c.getAssignee())) {
            throw new BusinessException("testcase.notYours");
        }
        c.record(result, notes, currentUser.name(), clock.instant());
        em.flush();
        return row(c);
    }

    /** R6.2: the Implementation Head accepts a failed or blocked case, with a reason. */
    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public CaseRow waive(long caseId, long version, String reason) {
        TestCase c = loadCase(caseId, version);
        c.waive(reason, currentUser.name());
        em.flush();
        return row(c);
    }

    /** R6.2: every case has a result and none is failed or blocked unless waived. */
    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public CampaignDetail signOff(long campaignId, long version) {
        TestCampaign campaign = load(campaignId);
        Entities.requireVersion(campaign, version);
        campaign.signOff(cases(campaign), currentUser.name(), clock.instant());
        em.flush();
        return detail(campaign);
    }

    @RolesAllowed({Role.Names.RD_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT,
            Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public CampaignDetail find(long campaignId) {
        return detail(load(campaignId));
    }

    /** The cases of a campaign in order; filters may be null. */
    @RolesAllowed({Role.Names.RD_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT,
            Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public List<CaseRow> cases(long campaignId, String moduleCode, TestResult result, String assignee, int first, int size) {
        TypedQuery<TestCase> q = em.createQuery("select t from TestCase t join fetch t.campaign c join fetch c.release "
                + "left join fetch t.change where c.id = :c" + where(moduleCode, result, assignee)
                + " order by t.sortOrder, t.id", TestCase.class).setParameter("c", campaignId);
        bind(q, moduleCode, result, assignee);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 2_000)).getResultList()
                .stream().map(CampaignService::row).toList();
    }

    @RolesAllowed({Role.Names.RD_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT,
            Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public long countCases(long campaignId, String moduleCode, TestResult result, String assignee) {
        TypedQuery<Long> q = em.createQuery("select count(t) from TestCase t where t.campaign.id = :c"
                + where(moduleCode, result, assignee), Long.class).setParameter("c", campaignId);
        bind(q, moduleCode, result, assignee);
        return q.getSingleResult();
    }

    /** The signed-in user's cases of open campaigns, not run first. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public List<CaseRow> myCases(int first, int size) {
        return em.createQuery("select t from TestCase t join fetch t.campaign c join fetch c.release left join fetch t.change "
                        + "where t.assignee = :me and c.status = :open order by c.openedAt, t.sortOrder, t.id", TestCase.class)
                .setParameter("me", currentUser.name().toLowerCase(java.util.Locale.ROOT)).setParameter("open", CampaignStatus.OPEN)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500)).getResultList()
                .stream().map(CampaignService::row).toList();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD})
    public long countMyCases() {
        return em.createQuery("select count(t) from TestCase t where t.assignee = :me and t.campaign.status = :open", Long.class)
                .setParameter("me", currentUser.name().toLowerCase(java.util.Locale.ROOT)).setParameter("open", CampaignStatus.OPEN)
                .getSingleResult();
    }

    private static String where(String moduleCode, TestResult result, String assignee) {
        return (moduleCode == null || moduleCode.isBlank() ? "" : " and t.moduleCode = :m")
                + (result == null ? "" : " and t.result = :res")
                + (assignee == null || assignee.isBlank() ? "" : " and t.assignee = :a");
    }

    private static void bind(TypedQuery<?> q, String moduleCode, TestResult result, String assignee) {
        if (moduleCode != null && !moduleCode.isBlank()) {
            q.setParameter("m", moduleCode);
        }
        if (result != null) {
            q.setParameter("res", result);
        }
        if (assignee != null && !assignee.isBlank()) {
            q.setParameter("a", assignee);
        }
    }

    private List<TestCase> cases(TestCampaign campaign) {
        return em.createQuery("select t from TestCase t where t.campaign = :c", TestCase.class).setParameter("c", campaign)
                .getResultList();
    }

    private CampaignDetail detail(TestCampaign c) {
        Map<String, long[]> modules = new TreeMap<>(); // total, notRun, passed, failed, blocked
        long[] totals = new long[6];
        em.createQuery("select t.moduleCode, t.result, t.waived, count(t) from TestCase t where t.campaign = :c "
                        + "group by t.moduleCode, t.result, t.waived", Object[].class).setParameter("c", c).getResultList()
                .forEach(row -> {
                    String module = (String) row[0];
                    TestResult result = (TestResult) row[1];
                    boolean waived = Boolean.TRUE.equals(row[2]);
                    long n = (Long) row[3];
                    long[] m = modules.computeIfAbsent(module, k -> new long[5]);
                    m[0] += n;
                    m[1 + result.ordinal()] += n;
                    totals[0] += n;
                    totals[1 + result.ordinal()] += n;
                    if (waived) {
                        totals[5] += n;
                    }
                });
        List<CampaignDetail.ModuleSummary> perModule = new ArrayList<>();
        modules.forEach((code, m) -> perModule.add(new CampaignDetail.ModuleSummary(code, m[0], m[1], m[2], m[3], m[4])));
        SignOffRule.Verdict verdict = SignOffRule.check(cases(c));
        Release r = c.getRelease();
        return new CampaignDetail(c.getId(), c.getVersion(), r.getId(), r.getLabel(), r.getReleaseDate(), r.getPublishedAt(),
                c.getStatus(), c.getOpenedBy(), c.getOpenedAt(), c.getSignedOffBy(), c.getSignedOffAt(), totals[0],
                totals[1], totals[2], totals[3], totals[4], totals[5], List.copyOf(perModule), verdict.allowed(),
                verdict.failed(), verdict.blocked());
    }

    private TestCampaign load(long id) {
        return Entities.require(em, TestCampaign.class, id, "campaign");
    }

    private TestCase loadCase(long id, long version) {
        TestCase c = em.find(TestCase.class, id);
        if (c == null) {
            throw new NotFoundException("testcase", id);
        }
        Entities.requireVersion(c, version);
        return c;
    }

    static CaseRow row(TestCase t) {
        return new CaseRow(t.getId(), t.getVersion(), t.getCampaign().getId(), t.getCampaign().getRelease().getLabel(),
                t.getSortOrder(), t.getModuleCode(), t.getTitle(), t.getSteps(),
                t.getChange() == null ? null : t.getChange().getKind(), t.getAssignee(), t.getResult(), t.getNotes(),
                t.getResultBy(), t.getResultAt(), t.isWaived(), t.getWaiverReason());
    }
}
