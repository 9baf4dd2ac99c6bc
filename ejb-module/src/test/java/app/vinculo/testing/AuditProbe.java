package app.vinculo.testing;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.security.AppUser;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Set;

/** Test boundary: writes an audited record in one transaction, then fails (or not). */
@Stateless
@PermitAll
public class AuditProbe {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    public void createUserThenFail(String username) {
        createUser(username);
        em.flush();
        throw new BusinessException("test.failAfterWrite");
    }

    public void createUser(String username) {
        em.persist(new AppUser(username, "Probe", null, "not-a-real-hash", Set.of(Role.AUDITOR)));
    }
}
