package app.vinculo.procedure.boundary;

import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.html.RichText;
import app.vinculo.platform.security.Role;
import app.vinculo.procedure.entity.ProcedureChange;
import app.vinculo.procedure.entity.ProcedureRevision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The procedure page (PRODUCT.md §8): the current revision, the revision history with its change control; the
 * Implementation Head publishes a new revision (sanitised rich text and at least one change-control line).
 */
@Stateless
public class ProcedureService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public Optional<ProcedureRevisionView> current() {
        return em.createQuery("select r from ProcedureRevision r order by r.number desc", ProcedureRevision.class)
                .setMaxResults(1).getResultStream().findFirst().map(ProcedureService::view);
    }

    /** Every revision, newest first (a procedure has a handful). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<ProcedureRevisionView> history() {
        return em.createQuery("select r from ProcedureRevision r order by r.number desc", ProcedureRevision.class)
                .setMaxResults(200).getResultList().stream().map(ProcedureService::view).toList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public ProcedureRevisionView find(long id) {
        ProcedureRevision r = em.find(ProcedureRevision.class, id);
        if (r == null) {
            throw new NotFoundException("procedure", id);
        }
        return view(r);
    }

    /** Publishes the next revision (number = last + 1, dated today). */
    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public ProcedureRevisionView publish(String summary, String content, List<ProcedureRevisionView.Change> changes) {
        String clean = RichText.cleanDocument(content);
        if (clean == null) {
            throw new InvalidInputException("procedure.contentRequired");
        }
        if (summary != null && summary.length() > 500) {
            throw new InvalidInputException("procedure.summaryTooLong");
        }
        Integer last = em.createQuery("select max(r.number) from ProcedureRevision r", Integer.class).getSingleResult();
        List<ProcedureChange> lines = changes == null ? List.of() : changes.stream()
                .filter(c -> !(blank(c.location()) && blank(c.reason()) && blank(c.description())))
                .map(c -> new ProcedureChange(c.location(), c.reason(), c.description())).toList();
        ProcedureRevision r = new ProcedureRevision(last == null ? 1 : last + 1, LocalDate.now(clock),
                summary == null || summary.isBlank() ? null : summary.trim(), clean, lines);
        em.persist(r);
        em.flush();
        return view(r);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static ProcedureRevisionView view(ProcedureRevision r) {
        return new ProcedureRevisionView(r.getId(), r.label(), r.getDate(), r.getSummary(), r.getContent(),
                r.getChanges().stream().map(c -> new ProcedureRevisionView.Change(c.getLocation(), c.getReason(),
                        c.getDescription())).toList(), r.getCreatedBy(), r.getCreatedAt());
    }
}
