package app.vinculo.testing;

import app.vinculo.clients.entity.ErpModule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test helper for the training and release ITs: catalogue modules, the seat counter as stored, backdating a release. */
@Stateless
public class TrainingProbe {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    public void module(String code, String name) {
        em.persist(new ErpModule(code, name));
    }

    public int seatsTaken(long editionId) {
        return ((Number) em.createNativeQuery("SELECT SEATS_TAKEN FROM COURSE_EDITION WHERE ID = ?")
                .setParameter(1, editionId).getSingleResult()).intValue();
    }

    public java.time.Instant lastContact(long clientId) {
        Object v = em.createNativeQuery("SELECT LAST_CONTACT_AT FROM CLIENT WHERE ID = ?").setParameter(1, clientId)
                .getSingleResult();
        return v == null ? null : ((java.sql.Timestamp) v).toInstant();
    }

    public void backdateRelease(long releaseId, java.time.Duration ago) {
        em.createNativeQuery("UPDATE ERP_RELEASE SET PUBLISHED_AT = ? WHERE ID = ?")
                .setParameter(1, java.sql.Timestamp.from(java.time.Instant.now().minus(ago))).setParameter(2, releaseId)
                .executeUpdate();
    }
}
