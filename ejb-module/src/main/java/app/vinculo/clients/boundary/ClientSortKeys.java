package app.vinculo.clients.boundary;

import app.vinculo.platform.i18n.SortKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * Gives the clients written before migration 009 their sort key (accent-insensitive Spanish order), once, at
 * startup; afterwards the entity keeps it with the name. Idempotent: a database without such rows costs one query.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ClientSortKeys {

    private static final Logger LOG = Logger.getLogger(ClientSortKeys.class.getName());
    private static final int BATCH = 1_000;

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @PostConstruct
    void backfill() {
        int done = 0;
        List<Object[]> rows;
        do {
            rows = em.createQuery("select c.id, c.legalName from Client c where c.sortName is null order by c.id", Object[].class)
                    .setMaxResults(BATCH).getResultList();
            for (Object[] row : rows) {
                em.createQuery("update Client c set c.sortName = :k where c.id = :id")
                        .setParameter("k", SortKey.of((String) row[1])).setParameter("id", row[0]).executeUpdate();
            }
            done += rows.size();
        } while (rows.size() == BATCH);
        if (done > 0) {
            LOG.info(() -> "Vínculo: sort keys written for existing clients");
        }
    }
}
