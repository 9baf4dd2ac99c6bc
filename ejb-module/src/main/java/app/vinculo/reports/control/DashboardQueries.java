package app.vinculo.reports.control;

import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.RegularizationStatus;
import app.vinculo.releases.entity.CampaignStatus;
import app.vinculo.releases.entity.TestResult;
import app.vinculo.reports.boundary.HomeItems.AssignedCase;
import app.vinculo.reports.boundary.HomeItems.CampaignProgress;
import app.vinculo.reports.boundary.HomeItems.ClientAtRisk;
import app.vinculo.reports.boundary.HomeItems.ExpiringAgreement;
import app.vinculo.reports.boundary.HomeItems.NextAction;
import app.vinculo.reports.boundary.HomeItems.OpenRegularization;
import app.vinculo.reports.boundary.HomeItems.QuoteWaiting;
import app.vinculo.reports.boundary.HomeItems.Review;
import app.vinculo.reports.boundary.HomeItems.Section;
import app.vinculo.requirements.entity.QuoteStatus;
import app.vinculo.requirements.entity.RequirementStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The home page's queries: each part is one constructor query for its first rows and one count — a fixed number of
 * statements whatever the data size (DashboardIT counts them). Every filter is on an indexed column.
 */
@ApplicationScoped
public class DashboardQueries {

    static final String CLIENT = "coalesce(c.tradeName, c.legalName)";

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    private <T> Section<T> section(TypedQuery<T> rows, TypedQuery<Long> count, int max) {
        List<T> items = rows.setMaxResults(max).getResultList();
        // always counted, so that the number of statements does not depend on the data
        return new Section<>(items, count.getSingleResult());
    }

    public Section<NextAction> nextActions(String owner, int max) {
        String where = " from FollowUp f join f.client c where f.nextActionOwner = :me and f.nextAction is not null "
                + "and f.nextActionDoneAt is null";
        return section(em.createQuery("select new app.vinculo.reports.boundary.HomeItems$NextAction(f.id, c.id, " + CLIENT
                        + ", f.nextAction, f.nextActionDue)" + where + " order by f.nextActionDue, f.id", NextAction.class)
                        .setParameter("me", owner),
                em.createQuery("select count(f)" + where, Long.class).setParameter("me", owner), max);
    }

    public long overdueActions(String owner, LocalDate today) {
        return em.createQuery("select count(f) from FollowUp f where f.nextActionOwner = :me and f.nextAction is not null "
                        + "and f.nextActionDoneAt is null and f.nextActionDue < :today", Long.class)
                .setParameter("me", owner).setParameter("today", today).getSingleResult();
    }

    /** Active clients without contact since {@code limit}; only those {@code lead} leads unless it is null. */
    public Section<ClientAtRisk> atRisk(Instant limit, String lead, int max) {
        String where = " from Client c where c.active = :yes and ((c.lastContactAt is null and c.createdAt < :limit) "
                + "or c.lastContactAt < :limit)" + (lead == null ? "" : " and c.leadConsultant = :lead");
        TypedQuery<ClientAtRisk> rows = em.createQuery("select new app.vinculo.reports.boundary.HomeItems$ClientAtRisk(c.id, "
                + CLIENT + ", c.lastContactAt, c.leadConsultant)" + where + " order by c.lastContactAt, c.id", ClientAtRisk.class);
        TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("yes", Boolean.TRUE).setParameter("limit", limit);
            if (lead != null) {
                q.setParameter("lead", lead);
            }
        }
        return section(rows, count, max);
    }

    /** A&amp;M and A&amp;D agreements, not cancelled and not renewed, ending between today and {@code until}. */
    public Section<ExpiringAgreement> expiring(LocalDate today, LocalDate until, int max) {
        String where = " from Agreement a join a.client c where a.type in :types and a.cancelledAt is null "
                + "and a.endDate >= :today and a.endDate <= :until "
                + "and not exists (select n.id from Agreement n where n.previous = a and n.cancelledAt is null)";
        TypedQuery<ExpiringAgreement> rows = em.createQuery("select new app.vinculo.reports.boundary.HomeItems$ExpiringAgreement("
                + "a.id, c.id, " + CLIENT + ", a.type, a.endDate)" + where + " order by a.endDate, a.id", ExpiringAgreement.class);
        TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("types", Set.of(AgreementType.SUPPORT_MAINTENANCE, AgreementType.SUPPORT_DEVELOPMENT))
                    .setParameter("today", today).setParameter("until", until);
        }
        return section(rows, count, max);
    }

    public Section<Review> reviews(int max) {
        String where = " from Requirement r join r.client c where r.status = :review";
        return section(em.createQuery("select new app.vinculo.reports.boundary.HomeItems$Review(r.id, c.id, " + CLIENT
                                + ", r.title, r.submittedAt)" + where + " order by r.submittedAt, r.id", Review.class)
                        .setParameter("review", RequirementStatus.UNDER_REVIEW),
                em.createQuery("select count(r)" + where, Long.class).setParameter("review", RequirementStatus.UNDER_REVIEW), max);
    }

    public Section<QuoteWaiting> quotes(Set<QuoteStatus> statuses, int max) {
        if (statuses.isEmpty()) {
            return Section.none();
        }
        String where = " from Quote q join q.client c where q.status in :statuses";
        return section(em.createQuery("select new app.vinculo.reports.boundary.HomeItems$QuoteWaiting(q.id, q.number, c.id, "
                                + CLIENT + ", q.status, q.total, q.currency, q.sentAt)" + where + " order by q.updatedAt, q.id",
                        QuoteWaiting.class).setParameter("statuses", statuses),
                em.createQuery("select count(q)" + where, Long.class).setParameter("statuses", statuses), max);
    }

    public Section<AssignedCase> assignedCases(String assignee, int max) {
        String where = " from TestCase t join t.campaign k join k.release r where t.assignee = :me and t.result = :notRun "
                + "and k.status = :open";
        TypedQuery<AssignedCase> rows = em.createQuery("select new app.vinculo.reports.boundary.HomeItems$AssignedCase(t.id, k.id, "
                + "r.label, t.moduleCode, t.title)" + where + " order by k.id, t.sortOrder", AssignedCase.class);
        TypedQuery<Long> count = em.createQuery("select count(t)" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("me", assignee).setParameter("notRun", TestResult.NOT_RUN).setParameter("open", CampaignStatus.OPEN);
        }
        return section(rows, count, max);
    }

    public Section<OpenRegularization> regularizations(int max) {
        Set<RegularizationStatus> open = Set.of(RegularizationStatus.OPEN, RegularizationStatus.IN_NEGOTIATION);
        String where = " from RegularizationCase r join r.client c where r.status in :open";
        return section(em.createQuery("select new app.vinculo.reports.boundary.HomeItems$OpenRegularization(r.id, c.id, "
                                + CLIENT + ", r.status, r.openedAt)" + where + " order by r.openedAt, r.id", OpenRegularization.class)
                        .setParameter("open", open),
                em.createQuery("select count(r)" + where, Long.class).setParameter("open", open), max);
    }

    /** Open campaigns with their case counts, in one grouped query. */
    public List<CampaignProgress> campaigns(int max) {
        return em.createQuery("select new app.vinculo.reports.boundary.HomeItems$CampaignProgress(k.id, r.label, count(t), "
                        + "sum(case when t.result = :notRun then 0 else 1 end), sum(case when t.result = :failed then 1 else 0 end)) "
                        + "from TestCase t join t.campaign k join k.release r where k.status = :open group by k.id, r.label "
                        + "order by k.id desc", CampaignProgress.class)
                .setParameter("notRun", TestResult.NOT_RUN).setParameter("failed", TestResult.FAILED)
                .setParameter("open", CampaignStatus.OPEN).setMaxResults(max).getResultList();
    }
}
