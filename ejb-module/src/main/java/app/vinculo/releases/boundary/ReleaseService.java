package app.vinculo.releases.boundary;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.releases.control.ChangeListParser;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.Release;
import app.vinculo.releases.entity.ReleaseChange;
import app.vinculo.releases.entity.ReleaseStatus;
import app.vinculo.requirements.entity.Requirement;
import app.vinculo.requirements.entity.RequirementStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Boundary of releases (PRODUCT.md §6): the R&D Manager registers a release and its changes (one by one or pasted as a
 * list) and publishes it — R6.1: the Implementation Heads get the list of developments and modifications by e-mail,
 * and the lead consultant of each delivered requirement's client is told the version. Everyone else reads.
 */
@Stateless
public class ReleaseService {

    /** Requirements a change may deliver: approved and headed for development. */
    static final Set<RequirementStatus> DELIVERABLE = EnumSet.of(RequirementStatus.PLANNED, RequirementStatus.IN_PROGRESS,
            RequirementStatus.DELIVERED);

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed(Role.Names.RD_MANAGER)
    public ReleaseRow create(@NotNull @Valid ReleaseForm form) {
        Release r = new Release(form.getLabel());
        if (!em.createQuery("select r.id from Release r where upper(r.label) = :l", Long.class)
                .setParameter("l", r.getLabel().toUpperCase(java.util.Locale.ROOT)).getResultList().isEmpty()) {
            throw new BusinessException("release.labelTaken", r.getLabel());
        }
        r.describe(form.getReleaseDate(), form.getNotes());
        em.persist(r);
        em.flush();
        return row(r);
    }

    @RolesAllowed(Role.Names.RD_MANAGER)
    public ReleaseRow update(long id, @NotNull @Valid ReleaseForm form) {
        Release r = load(id, form.getVersion());
        if (!r.getLabel().equals(form.getLabel() == null ? null : form.getLabel().trim())) {
            throw new BusinessException("release.labelFixed");
        }
        r.describe(form.getReleaseDate(), form.getNotes());
        em.flush();
        return row(r);
    }

    @RolesAllowed(Role.Names.RD_MANAGER)
    public ChangeRow addChange(long releaseId, @NotNull @Valid ChangeForm form) {
        Release r = load(releaseId);
        ReleaseChange c = new ReleaseChange(r, nextOrder(r));
        describe(c, form.getKind(), form.getModuleCode(), form.getDescription(), form.getRequirementId());
        em.persist(c);
        em.flush();
        return change(c);
    }

    @RolesAllowed(Role.Names.RD_MANAGER)
    public ChangeRow updateChange(long changeId, @NotNull @Valid ChangeForm form) {
        ReleaseChange c = loadChange(changeId);
        describe(c, form.getKind(), form.getModuleCode(), form.getDescription(), form.getRequirementId());
        em.flush();
        return change(c);
    }

    @RolesAllowed(Role.Names.RD_MANAGER)
    public void removeChange(long changeId) {
        ReleaseChange c = loadChange(changeId);
        c.getRelease().checkDraft();
        em.remove(c);
        em.flush();
    }

    /**
     * Adds the changes of a pasted list (see {@link ChangeListParser}); if any line is wrong, nothing is added and the
     * refusal names the lines, so the user fixes the text and pastes again.
     */
    @RolesAllowed(Role.Names.RD_MANAGER)
    public int pasteChanges(long releaseId, String text) {
        Release r = load(releaseId);
        r.checkDraft();
        if (text != null && text.length() > 200_000) {
            throw new InvalidInputException("change.paste.tooLong");
        }
        ChangeListParser.Result parsed = ChangeListParser.parse(text);
        if (!parsed.ok()) {
            throw new InvalidInputException("change.paste.invalid", parsed.problems().stream()
                    .map(p -> Integer.toString(p.number())).collect(Collectors.joining(", ")));
        }
        if (parsed.lines().isEmpty()) {
            throw new InvalidInputException("change.paste.empty");
        }
        Set<String> modules = knownModules();
        List<String> unknown = parsed.lines().stream().filter(l -> !modules.contains(l.moduleCode()))
                .map(l -> l.number() + " (" + l.moduleCode() + ")").toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("change.paste.unknownModules", String.join(", ", unknown));
        }
        int order = nextOrder(r);
        for (ChangeListParser.Line line : parsed.lines()) {
            ReleaseChange c = new ReleaseChange(r, order++);
            c.describe(line.kind(), line.moduleCode(), line.description(), requirement(line.requirementId(), line.number()));
            em.persist(c);
        }
        em.flush();
        return parsed.lines().size();
    }

    /**
     * R6.1: publishing e-mails the Implementation Heads (through the outbox, see ReleaseNotices); requirements in
     * progress (or planned with an owner) that a change delivers become DELIVERED.
     */
    @RolesAllowed(Role.Names.RD_MANAGER)
    public ReleaseRow publish(long id, long version) {
        Release r = load(id, version);
        r.publish(changeCount(r), currentUser.name(), clock.instant());
        // the requirements its changes deliver are delivered now
        em.createQuery("select distinct q from ReleaseChange c join c.requirement q where c.release = :r", Requirement.class)
                .setParameter("r", r).getResultList().forEach(q -> {
                    if (q.getStatus() == RequirementStatus.PLANNED && q.getPlanOwner() != null) {
                        q.start();
                    }
                    if (q.getStatus() == RequirementStatus.IN_PROGRESS) {
                        q.deliver(r.getPublishedAt());
                    }
                });
        em.flush();
        return row(r);
    }

    @RolesAllowed({Role.Names.RD_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT,
            Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public ReleaseRow find(long id) {
        return row(load(id));
    }

    @RolesAllowed({Role.Names.RD_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT,
            Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public List<ChangeRow> changes(long releaseId) {
        load(releaseId);
        return em.createQuery("select c from ReleaseChange c left join fetch c.requirement q left join fetch q.client "
                        + "where c.release.id = :r order by c.sortOrder, c.id", ReleaseChange.class)
                .setParameter("r", releaseId).setMaxResults(2_000).getResultList().stream().map(ReleaseService::change).toList();
    }

    /** Releases, newest first; status may be null. */
    @RolesAllowed({Role.Names.RD_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT,
            Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public List<ReleaseRow> page(ReleaseStatus status, int first, int size) {
        TypedQuery<Release> q = em.createQuery("select r from Release r" + (status == null ? "" : " where r.status = :s")
                + " order by r.releaseDate desc, r.id desc", Release.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        List<Release> releases = q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500)).getResultList();
        if (releases.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select c.release.id, count(c) from ReleaseChange c where c.release in :r group by c.release.id", Object[].class)
                .setParameter("r", releases).getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        Map<Long, Long> campaigns = new HashMap<>();
        em.createQuery("select t.release.id, t.id from TestCampaign t where t.release in :r", Object[].class)
                .setParameter("r", releases).getResultList().forEach(row -> campaigns.put((Long) row[0], (Long) row[1]));
        return releases.stream().map(r -> row(r, counts.getOrDefault(r.getId(), 0L), campaigns.get(r.getId()))).toList();
    }

    @RolesAllowed({Role.Names.RD_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT,
            Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public long count(ReleaseStatus status) {
        TypedQuery<Long> q = em.createQuery("select count(r) from Release r" + (status == null ? "" : " where r.status = :s"), Long.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.getSingleResult();
    }

    private void describe(ReleaseChange c, ChangeKind kind, String moduleCode, String description, Long requirementId) {
        String module = moduleCode == null ? null : moduleCode.trim().toUpperCase(java.util.Locale.ROOT);
        if (module != null && !module.isEmpty() && !knownModules().contains(module)) {
            throw new InvalidInputException("module.unknown", module);
        }
        c.describe(kind, module, description, requirement(requirementId, null));
    }

    private Requirement requirement(Long id, Integer line) {
        if (id == null) {
            return null;
        }
        Requirement q = em.find(Requirement.class, id);
        if (q == null) {
            throw line == null ? new NotFoundException("requirement", id)
                    : new InvalidInputException("change.paste.requirementUnknown", line, id);
        }
        if (!DELIVERABLE.contains(q.getStatus())) {
            throw new BusinessException("change.requirementNotPlanned", q.getTitle(), q.getStatus().name());
        }
        return q;
    }

    private Set<String> knownModules() {
        return Set.copyOf(em.createQuery("select m.code from ErpModule m", String.class).getResultList());
    }

    private int nextOrder(Release r) {
        Integer max = em.createQuery("select max(c.sortOrder) from ReleaseChange c where c.release = :r", Integer.class)
                .setParameter("r", r).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private long changeCount(Release r) {
        return em.createQuery("select count(c) from ReleaseChange c where c.release = :r", Long.class).setParameter("r", r)
                .getSingleResult();
    }

    private Release load(long id) {
        return Entities.require(em, Release.class, id, "release");
    }

    private Release load(long id, long version) {
        Release r = load(id);
        Entities.requireVersion(r, version);
        return r;
    }

    private ReleaseChange loadChange(long id) {
        return Entities.require(em, ReleaseChange.class, id, "change");
    }

    private ReleaseRow row(Release r) {
        Long campaign = em.createQuery("select t.id from TestCampaign t where t.release = :r", Long.class).setParameter("r", r)
                .getResultStream().findFirst().orElse(null);
        return row(r, changeCount(r), campaign);
    }

    private static ReleaseRow row(Release r, long changes, Long campaignId) {
        return new ReleaseRow(r.getId(), r.getVersion(), r.getLabel(), r.getReleaseDate(), r.getNotes(), r.getStatus(),
                r.getPublishedAt(), r.getPublishedBy(), changes, campaignId);
    }

    static ChangeRow change(ReleaseChange c) {
        Requirement q = c.getRequirement();
        return new ChangeRow(c.getId(), c.getSortOrder(), c.getKind(), c.getModuleCode(), c.getDescription(),
                q == null ? null : q.getId(), q == null ? null : q.getTitle(), q == null ? null : q.getClient().getId(),
                q == null ? null : q.getClient().displayName());
    }
}
