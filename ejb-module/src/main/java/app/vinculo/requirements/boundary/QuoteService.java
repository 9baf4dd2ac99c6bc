package app.vinculo.requirements.boundary;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.requirements.entity.Quote;
import app.vinculo.requirements.entity.QuoteCounter;
import app.vinculo.requirements.entity.QuoteLine;
import app.vinculo.requirements.entity.QuotePricing;
import app.vinculo.requirements.entity.QuoteStatus;
import app.vinculo.requirements.entity.Requirement;
import app.vinculo.requirements.entity.RequirementStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Boundary of sales quotes (PRODUCT.md §4). The Implementation Head drafts (DRAFT, editable) and submits for approval;
 * R4.2: only a Project Manager approves the values (or returns the quote to DRAFT with comments), sends it, and
 * records the answer (ACCEPTED → its requirements to planning; REJECTED with a reason); nothing is edited after
 * SENT — a new revision is a new quote that supersedes it. Numbers {@code PV-<year>-NNNN} come from a locked
 * per-year counter in the creating transaction: consecutive, never reused, no gaps.
 */
@Stateless
public class QuoteService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    SettingsStore settings;

    @Inject
    QuoteCounters counters;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** A draft quote for requirements of one client that wait for a quote (QUOTING). */
    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public QuoteDetail draft(Set<Long> requirementIds, QuoteForm form) {
        if (requirementIds == null || requirementIds.isEmpty()) {
            throw new InvalidInputException("quote.requirementsRequired");
        }
        List<Requirement> requirements = em.createQuery("select r from Requirement r where r.id in :ids", Requirement.class)
                .setParameter("ids", requirementIds).getResultList();
        if (requirements.size() != requirementIds.size()
                || requirements.stream().map(r -> r.getClient().getId()).distinct().count() != 1) {
            throw new InvalidInputException("quote.requirementsOfOneClient");
        }
        if (requirements.stream().anyMatch(r -> r.getStatus() != RequirementStatus.QUOTING)) {
            throw new BusinessException("quote.requirementNotQuoting");
        }
        Quote quote = new Quote(nextNumber(), requirements.get(0).getClient(), requirementIds,
                new BigDecimal(settings.raw(Setting.VAT_PERCENT)));
        edit(quote, form);
        em.persist(quote);
        em.flush();
        return detail(quote);
    }

    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public QuoteDetail update(long id, QuoteForm form) {
        Quote quote = load(id, form.getVersion());
        edit(quote, form);
        em.flush();
        return detail(quote);
    }

    private static void edit(Quote quote, QuoteForm f) {
        if (f.getLines().size() > 100) {
            throw new InvalidInputException("quote.tooManyLines");
        }
        List<QuoteLine> lines = new ArrayList<>();
        for (LineForm l : f.getLines()) {
            lines.add(QuotePricing.line(l.getDescription(), l.getQuantity(), l.getUnitPrice()));
        }
        QuotePricing.totals(lines, f.getDiscountPercent(), BigDecimal.ZERO); // validates the discount
        quote.edit(lines, f.getCurrency(), f.getDiscountPercent(), f.getInstalments(), f.getPaymentTerms(), f.getValidityDays());
    }

    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public QuoteDetail submitForApproval(long id, long version) {
        Quote q = load(id, version);
        q.submitForApproval();
        return flushed(q);
    }

    /** R4.2: only a Project Manager approves the values and terms. */
    @RolesAllowed(Role.Names.PROJECT_MANAGER)
    public QuoteDetail approve(long id, long version) {
        Quote q = load(id, version);
        q.approve(currentUser.name());
        return flushed(q);
    }

    @RolesAllowed(Role.Names.PROJECT_MANAGER)
    public QuoteDetail returnToDraft(long id, long version, String comments) {
        Quote q = load(id, version);
        q.returnToDraft(comments);
        return flushed(q);
    }

    @RolesAllowed(Role.Names.PROJECT_MANAGER)
    public QuoteDetail send(long id, long version) {
        Quote q = load(id, version);
        q.send(clock.instant());
        return flushed(q);
    }

    /** The client accepted: its requirements go to planning (R4.1). */
    @RolesAllowed(Role.Names.PROJECT_MANAGER)
    public QuoteDetail accept(long id, long version) {
        Quote q = load(id, version);
        q.accept(clock.instant());
        requirements(q).forEach(Requirement::quoteAccepted);
        return flushed(q);
    }

    @RolesAllowed(Role.Names.PROJECT_MANAGER)
    public QuoteDetail reject(long id, long version, String reason) {
        Quote q = load(id, version);
        q.reject(reason, clock.instant());
        requirements(q).forEach(r -> r.quoteRejected("Presupuesto " + q.getNumber() + " rechazado: " + reason));
        return flushed(q);
    }

    /** A new revision: a new quote (new number, DRAFT) with the same content; the old one is SUPERSEDED. */
    @RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.IMPLEMENTATION_HEAD})
    public QuoteDetail newRevision(long id, long version) {
        Quote old = load(id, version);
        Quote next = old.revise(nextNumber());
        em.persist(next);
        em.flush();
        return detail(next);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public QuoteDetail find(long id) {
        Quote q = em.find(Quote.class, id);
        if (q == null) {
            throw new NotFoundException("quote", id);
        }
        return detail(q);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public List<QuoteDetail> page(Long clientId, QuoteStatus status, int first, int size) {
        String where = (clientId == null ? "" : " and q.client.id = :client") + (status == null ? "" : " and q.status = :status");
        TypedQuery<Quote> query = em.createQuery("select q from Quote q where 1 = 1" + where
                + " order by q.createdAt desc, q.id desc", Quote.class);
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500))
                .getResultList().stream().map(this::detail).toList();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public long count(Long clientId, QuoteStatus status) {
        TypedQuery<Long> q = em.createQuery("select count(q) from Quote q where 1 = 1"
                + (clientId == null ? "" : " and q.client.id = :client") + (status == null ? "" : " and q.status = :status"), Long.class);
        if (clientId != null) {
            q.setParameter("client", clientId);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        return q.getSingleResult();
    }

    /** Counts and amounts by state and currency. */
    @RolesAllowed({Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public List<PipelineRow> pipeline() {
        return em.createQuery("select new app.vinculo.requirements.boundary.PipelineRow(q.status, q.currency, count(q), "
                + "sum(q.total)) from Quote q group by q.status, q.currency order by q.status, q.currency", PipelineRow.class)
                .getResultList();
    }

    /** The next number of this year: the counter row is locked until the creating transaction ends. */
    private String nextNumber() {
        int year = LocalDate.now(clock).getYear();
        QuoteCounter counter = em.find(QuoteCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                counters.ensure(year);
            } catch (jakarta.ejb.EJBException createdByAnotherTransaction) {
                // the other one won the race: its row is there now
            }
            counter = em.find(QuoteCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        }
        return QuotePricing.number(year, counter.next());
    }

    private List<Requirement> requirements(Quote q) {
        return em.createQuery("select r from Requirement r where r.id in :ids", Requirement.class)
                .setParameter("ids", q.getRequirementIds()).getResultList();
    }

    private QuoteDetail flushed(Quote q) {
        em.flush();
        return detail(q);
    }

    private Quote load(long id, long version) {
        Quote q = em.find(Quote.class, id);
        if (q == null) {
            throw new NotFoundException("quote", id);
        }
        Entities.requireVersion(q, version);
        return q;
    }

    QuoteDetail detail(Quote q) {
        return new QuoteDetail(q.getId(), q.getVersion(), q.getNumber(), q.getClient().getId(), q.getClient().displayName(),
                Set.copyOf(q.getRequirementIds()),
                q.getLines().stream().map(l -> new LineForm(l.getDescription(), l.getQuantity(), l.getUnitPrice())).toList(),
                q.getLines().stream().map(QuotePricing::lineAmount).toList(), q.getCurrency(), q.getDiscountPercent(),
                q.getVatPercent(), q.totals(), q.getInstalments(), q.getPaymentTerms(), q.getValidityDays(), q.getStatus(),
                q.getComments(), q.getApprovedBy(), q.getSentAt(), q.validUntil(), q.getAnsweredAt(), q.getRejectReason(),
                q.getSupersedesId(), q.getCreatedAt());
    }
}
