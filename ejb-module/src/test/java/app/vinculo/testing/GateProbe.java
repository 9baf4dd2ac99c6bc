package app.vinculo.testing;

import app.vinculo.agreements.boundary.AssistanceGate;
import app.vinculo.platform.security.AppUser;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Set;

/**
 * Test boundary standing in for a feature that records assistance (a visit, a technical follow-up) and asks the
 * gate in the same transaction, plus the staff accounts and backdating the ITs need.
 */
@Stateless
@PermitAll
public class GateProbe {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    AssistanceGate gate;

    /**
     * Writes its record, then requires the client to be assistable. The record is a marker in another client's industry
     * (a bulk update): it takes no new id from ID_SEQUENCE and locks only that client's row, so the gate's own
     * transaction, which refers the case, never waits for this one (it would until the lock timeout).
     */
    public void recordAssistance(long clientId, long witnessClientId, String marker) {
        em.createQuery("update Client c set c.industry = :marker where c.id = :id")
                .setParameter("marker", marker).setParameter("id", witnessClientId).executeUpdate();
        gate.requireAssistable(clientId, LocalDate.now(), "Visita de asistencia (prueba)");
    }

    /** Only asks the gate, as a feature does before it records assistance. */
    public void requireAssistable(long clientId) {
        gate.requireAssistable(clientId, LocalDate.now(), "Visita de asistencia (prueba)");
    }

    public String industry(long clientId) {
        return em.createQuery("select c.industry from Client c where c.id = :id", String.class)
                .setParameter("id", clientId).getSingleResult();
    }

    public long users(String username) {
        return em.createQuery("select count(u) from AppUser u where u.username = :n", Long.class)
                .setParameter("n", username).getSingleResult();
    }

    public void backdateQuoteSent(long quoteId, java.time.Duration ago) {
        em.createNativeQuery("UPDATE QUOTE SET SENT_AT = ? WHERE ID = ?")
                .setParameter(1, java.sql.Timestamp.from(java.time.Instant.now().minus(ago))).setParameter(2, quoteId)
                .executeUpdate();
    }

    public void backdateRequirementSubmitted(long requirementId, java.time.Duration ago) {
        em.createNativeQuery("UPDATE REQUIREMENT SET SUBMITTED_AT = ? WHERE ID = ?")
                .setParameter(1, java.sql.Timestamp.from(java.time.Instant.now().minus(ago))).setParameter(2, requirementId)
                .executeUpdate();
    }

    /** Hands the open next actions of {@code from} to {@code to} as stored, e.g. to a test caller's @RunAs principal. */
    public void reownNextActions(String from, String to) {
        em.createQuery("update FollowUp f set f.nextActionOwner = :to where f.nextActionOwner = :from")
                .setParameter("to", to).setParameter("from", from).executeUpdate();
    }

    public void createStaff(String username, String email, Role role) {
        em.persist(new AppUser(username, "Persona " + username, email, "x", Set.of(role)));
    }

    /** A staff member who reads Vínculo (and its e-mails) in {@code language} ("es", "en"). */
    public void createStaff(String username, String email, String language, Role... roles) {
        AppUser user = new AppUser(username, "Persona " + username, email, "x", Set.of(roles));
        user.changeLanguage(language);
        em.persist(user);
    }
}
