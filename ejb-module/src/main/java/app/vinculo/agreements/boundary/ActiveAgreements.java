package app.vinculo.agreements.boundary;

import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * "The client has an agreement of type T active on day D" — written once, here, for every feature: an agreement
 * of that type, not cancelled, whose start ≤ D ≤ end (R1.3 with A&M: assistable; R4.1 with A&D: planned, not
 * quoted). Lists that filter by it in the database use {@link #EXISTS} with the parameters {@code activeType} and
 * {@code activeDay}.
 */
@Stateless
@RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER, Role.Names.RD_MANAGER,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class ActiveAgreements {

    /** JPQL condition on a client aliased {@code c}: it has an agreement of type {@code :activeType} active on {@code :activeDay}. */
    public static final String EXISTS = "exists (select act.id from Agreement act where act.client = c "
            + "and act.type = :activeType and act.cancelledAt is null and act.startDate <= :activeDay "
            + "and act.endDate >= :activeDay)";

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    public boolean has(long clientId, AgreementType type, LocalDate day) {
        return em.createQuery("select count(a) from Agreement a where a.client.id = :c and a.type = :t "
                        + "and a.cancelledAt is null and a.startDate <= :d and a.endDate >= :d", Long.class)
                .setParameter("c", clientId).setParameter("t", type).setParameter("d", day).getSingleResult() > 0;
    }

    /** For a page of clients, in one query: the end of each one's agreement of the type active on the day. */
    public Map<Long, LocalDate> activeUntil(Collection<Long> clientIds, AgreementType type, LocalDate day) {
        Map<Long, LocalDate> until = new HashMap<>();
        if (clientIds.isEmpty()) {
            return until;
        }
        for (Object[] row : em.createQuery("select a.client.id, max(a.endDate) from Agreement a where a.client.id in :ids "
                        + "and a.type = :t and a.cancelledAt is null and a.startDate <= :d and a.endDate >= :d "
                        + "group by a.client.id", Object[].class)
                .setParameter("ids", clientIds).setParameter("t", type).setParameter("d", day).getResultList()) {
            until.put((Long) row[0], (LocalDate) row[1]);
        }
        return until;
    }

    /**
     * The state of each client's agreements of a type on the day: ACTIVE, else FUTURE, else EXPIRED (cancelled ones
     * ignored); a client without any is absent.
     */
    public Map<Long, String> states(Collection<Long> clientIds, AgreementType type, LocalDate day) {
        Map<Long, String> out = new HashMap<>();
        if (clientIds.isEmpty()) {
            return out;
        }
        em.createQuery("select a.client.id, a.startDate, a.endDate from Agreement a where a.client.id in :ids "
                        + "and a.type = :t and a.cancelledAt is null", Object[].class)
                .setParameter("ids", clientIds).setParameter("t", type).getResultList().forEach(row -> {
                    LocalDate start = (LocalDate) row[1];
                    LocalDate end = (LocalDate) row[2];
                    String state = start.isAfter(day) ? "FUTURE" : end.isBefore(day) ? "EXPIRED" : "ACTIVE";
                    out.merge((Long) row[0], state, ActiveAgreements::better);
                });
        return out;
    }

    private static String better(String a, String b) {
        String rank = "ACTIVE FUTURE EXPIRED";
        return rank.indexOf(a) <= rank.indexOf(b) ? a : b;
    }
}
