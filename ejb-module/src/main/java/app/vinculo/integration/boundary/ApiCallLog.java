package app.vinculo.integration.boundary;

import app.vinculo.integration.entity.ApiCall;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * The audit of every API call: one row per call, written by the REST layer after the answer is known, as the calling
 * service account (whose scopes act as these roles, ADR 0012). Its own transaction, so a refused business call (rolled
 * back) is still logged.
 */
@Stateless
public class ApiCallLog {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @RolesAllowed({Role.Names.AUDITOR, Role.Names.CONSULTANT})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long accountId, String principal, Instant at, String method, String path, int status,
                       long durationMillis) {
        em.persist(new ApiCall(accountId, principal, at, method, path, status, durationMillis));
    }
}
