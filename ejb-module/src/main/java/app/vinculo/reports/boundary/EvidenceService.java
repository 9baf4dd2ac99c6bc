package app.vinculo.reports.boundary;

import app.vinculo.clients.entity.Client;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.reports.boundary.EvidencePack.AgreementLine;
import app.vinculo.reports.boundary.EvidencePack.CourseLine;
import app.vinculo.reports.boundary.EvidencePack.FollowUpLine;
import app.vinculo.reports.boundary.EvidencePack.QuoteLine;
import app.vinculo.reports.boundary.EvidencePack.RequirementLine;
import app.vinculo.reports.boundary.EvidencePack.VisitLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The ISO 9001 evidence pack (PRODUCT.md §8 "records"): for a client and a period, its agreements, visits (IT APE
 * records), follow-ups, courses attended (IT RCU), requirements and quotes — seven queries, each part capped.
 */
@Stateless
public class EvidenceService {

    /** Rows per part at most (a client's year holds far fewer). */
    static final int MAX = 5_000;
    static final String P = "app.vinculo.reports.boundary.EvidencePack$";

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public EvidencePack pack(long clientId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("kpi.periodInvalid");
        }
        Client c = em.find(Client.class, clientId);
        if (c == null) {
            throw new NotFoundException("client", clientId);
        }
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return new EvidencePack(c.getId(), c.displayName(), c.getTaxId(), c.getLeadConsultant(), from, to, clock.instant(),
                user.name(),
                em.createQuery("select new " + P + "AgreementLine(a.id, a.type, a.startDate, a.endDate, a.cancelledAt, a.hours, "
                                + "a.fee, a.currency) from Agreement a where a.client.id = :c and a.startDate <= :to "
                                + "and a.endDate >= :from order by a.startDate, a.id", AgreementLine.class)
                        .setParameter("c", clientId).setParameter("from", from).setParameter("to", to).setMaxResults(MAX)
                        .getResultList(),
                em.createQuery("select new " + P + "VisitLine(v.id, v.kind, v.scheduledAt, v.status, v.place, v.assessment, "
                                + "v.questionsAnswered, v.recordedAt, v.recordedBy) from Visit v where v.client.id = :c "
                                + "and v.scheduledAt >= :start and v.scheduledAt < :end order by v.scheduledAt, v.id", VisitLine.class)
                        .setParameter("c", clientId).setParameter("start", start).setParameter("end", end).setMaxResults(MAX)
                        .getResultList(),
                em.createQuery("select new " + P + "FollowUpLine(f.id, f.occurredAt, f.channel, f.nature, f.author, f.summary, "
                                + "f.outcome) from FollowUp f where f.client.id = :c and f.occurredAt >= :start "
                                + "and f.occurredAt < :end order by f.occurredAt, f.id", FollowUpLine.class)
                        .setParameter("c", clientId).setParameter("start", start).setParameter("end", end).setMaxResults(MAX)
                        .getResultList(),
                em.createQuery("select new " + P + "CourseLine(e.id, co.title, e.firstDay, e.lastDay, e.status, k.name, "
                                + "r.attendedSessions) from Registration r join r.edition e join e.course co join r.contact k "
                                + "where r.client.id = :c and r.attendedSessions > 0 and e.firstDay <= :to and e.lastDay >= :from "
                                + "order by e.firstDay, e.id, k.name", CourseLine.class)
                        .setParameter("c", clientId).setParameter("from", from).setParameter("to", to).setMaxResults(MAX)
                        .getResultList(),
                em.createQuery("select new " + P + "RequirementLine(r.id, r.createdAt, r.title, r.status, r.detectedBy) "
                                + "from Requirement r where r.client.id = :c and r.createdAt >= :start and r.createdAt < :end "
                                + "order by r.createdAt, r.id", RequirementLine.class)
                        .setParameter("c", clientId).setParameter("start", start).setParameter("end", end).setMaxResults(MAX)
                        .getResultList(),
                em.createQuery("select new " + P + "QuoteLine(q.id, q.number, q.createdAt, q.status, q.total, q.currency, "
                                + "q.sentAt, q.answeredAt) from Quote q where q.client.id = :c and q.createdAt >= :start "
                                + "and q.createdAt < :end order by q.createdAt, q.id", QuoteLine.class)
                        .setParameter("c", clientId).setParameter("start", start).setParameter("end", end).setMaxResults(MAX)
                        .getResultList());
    }
}
