package app.vinculo.requirements.boundary;

import app.vinculo.requirements.entity.QuoteCounter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Creates a year's quote counter in its own transaction; when two servers race, one insert fails harmlessly. */
@Stateless
@PermitAll
public class QuoteCounters {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(int year) {
        if (em.find(QuoteCounter.class, year) == null) {
            em.persist(new QuoteCounter(year));
        }
    }
}
