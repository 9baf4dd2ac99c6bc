package app.vinculo.integration.boundary;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.security.ServiceAccount;
import app.vinculo.platform.security.ServiceTokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Boundary of service accounts (PRODUCT.md §9): an admin creates a named account with scopes and a rate limit and
 * sees its token once; revokes it; admins and auditors list the accounts and their recent calls.
 */
@Stateless
public class ServiceAccountService {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,34}[a-z0-9]");
    public static final int MAX_RATE = 10_000;

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed(Role.Names.ADMIN)
    public CreatedServiceAccount create(String name, String description, boolean canRead, boolean canWrite,
                                        int requestsPerMinute) {
        String n = name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
        if (!NAME.matcher(n).matches()) {
            throw new InvalidInputException("serviceAccount.nameInvalid");
        }
        if (!canRead && !canWrite) {
            throw new InvalidInputException("serviceAccount.scopeRequired");
        }
        if (requestsPerMinute < 1 || requestsPerMinute > MAX_RATE) {
            throw new InvalidInputException("serviceAccount.rateRange", MAX_RATE);
        }
        if (description != null && description.length() > 200) {
            throw new InvalidInputException("serviceAccount.descriptionTooLong", 200);
        }
        Long taken = em.createQuery("select count(a) from ServiceAccount a where a.name = :n", Long.class)
                .setParameter("n", n).getSingleResult();
        if (taken > 0) {
            throw new BusinessException("serviceAccount.nameTaken", n);
        }
        String token = ServiceTokens.newToken();
        ServiceAccount account = new ServiceAccount(n, description == null || description.isBlank() ? null
                : description.trim(), canRead, canWrite, requestsPerMinute, ServiceTokens.hash(token),
                ServiceTokens.hint(token));
        em.persist(account);
        em.flush();
        return new CreatedServiceAccount(row(account, 0, null), token);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ServiceAccountRow revoke(long id, long version) {
        ServiceAccount account = Entities.requireCurrent(em, ServiceAccount.class, id, version, "serviceAccount");
        account.revoke(currentUser.name(), clock.instant());
        em.flush();
        return row(account, 0, null);
    }

    /** Every account, active ones first, with its calls of the last 24 hours (one grouped query). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<ServiceAccountRow> list() {
        Instant since = clock.instant().minus(Duration.ofHours(24));
        Map<Long, Object[]> calls = new HashMap<>();
        em.createQuery("select c.accountId, count(c), max(c.calledAt) from ApiCall c where c.calledAt >= :since "
                        + "group by c.accountId", Object[].class)
                .setParameter("since", since).getResultList().forEach(r -> calls.put((Long) r[0], r));
        return em.createQuery("select a from ServiceAccount a order by a.name", ServiceAccount.class).getResultList()
                .stream()
                .sorted((a, b) -> Boolean.compare(a.isRevoked(), b.isRevoked()))
                .map(a -> {
                    Object[] c = calls.get(a.getId());
                    return row(a, c == null ? 0 : (Long) c[1], c == null ? null : (Instant) c[2]);
                }).toList();
    }

    /** The latest calls of one account, newest first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<ApiCallRow> recentCalls(long accountId, int max) {
        return em.createQuery("select new app.vinculo.integration.boundary.ApiCallRow(c.calledAt, c.principal, "
                        + "c.method, c.path, c.status, c.durationMillis) from ApiCall c where c.accountId = :a "
                        + "order by c.calledAt desc, c.id desc", ApiCallRow.class)
                .setParameter("a", accountId).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    private static ServiceAccountRow row(ServiceAccount a, long calls, Instant last) {
        return new ServiceAccountRow(a.getId(), a.getVersion(), a.getName(), a.getDescription(), a.isCanRead(),
                a.isCanWrite(), a.getRequestsPerMinute(), a.getTokenHint(), a.getCreatedAt(), a.getCreatedBy(),
                a.getRevokedAt(), a.getRevokedBy(), calls, last);
    }
}
