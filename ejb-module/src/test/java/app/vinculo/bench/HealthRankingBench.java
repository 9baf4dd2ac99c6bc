package app.vinculo.bench;

import app.vinculo.bench.boundary.GeneratedVolume;
import app.vinculo.bench.control.VolumeGenerator;
import app.vinculo.clients.entity.ErpModule;
import app.vinculo.health.boundary.ClientHealthService;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.Callable;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark harness, not a test (no timing assertion; not run by {@code verify}): the benchmarks' volume generator
 * ({@link VolumeGenerator}, the data of docs/benchmarks.md) writes the clients and every fact the R3.2 health score
 * reads (A&amp;M histories, contacts, modules installed / of interest / not interested, regularisation cases,
 * requirements and quotes, course editions with attendance, a last contact per client) but not the follow-ups and
 * visits themselves; then "who to visit next" is timed: a consultant's first page, the team's first and 100th page,
 * the count, the per-consultant summary and one client's score. Run:
 * {@code ./mvnw -B verify -pl ejb-module -Dit.test=HealthRankingBench -Dbench.divisor=1} (1 = 50 000 clients).
 */
@ExtendWith(ArquillianExtension.class)
class HealthRankingBench {

    private static final Logger LOG = Logger.getLogger(HealthRankingBench.class.getName());
    static final String[] MODULES = {"HB-VENTAS", "HB-COMPRAS", "HB-STOCK", "HB-CONTAB", "HB-SUELDOS", "HB-TESORERIA",
        "HB-PRODUCCION", "HB-CRM"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("health-bench", HealthRankingBench.class, Loader.class, BenchTiming.class);
    }

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    ClientHealthService health;

    @Inject
    Loader loader;

    /** Writes the volume outside a transaction (batched JDBC, as the demo-mode generator does). */
    @Stateless
    @PermitAll
    public static class Loader {
        @PersistenceContext(unitName = "vinculo")
        EntityManager em;

        @Inject
        VolumeGenerator generator;

        /** The catalogue the generator spreads over the clients (the test domain starts without one). */
        public void modules() {
            for (String m : MODULES) {
                if (em.createQuery("select count(e) from ErpModule e where e.code = :c", Long.class).setParameter("c", m)
                        .getSingleResult() == 0) {
                    em.persist(new ErpModule(m, m));
                }
            }
        }

        @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
        public GeneratedVolume load(int divisor) {
            return generator.generate(divisor, false);
        }

        /** The lead consultant of the most clients. */
        public String busiestConsultant() {
            return (String) em.createNativeQuery("SELECT LEAD_CONSULTANT FROM CLIENT GROUP BY LEAD_CONSULTANT"
                    + " ORDER BY COUNT(*) DESC, LEAD_CONSULTANT").setMaxResults(1).getSingleResult();
        }

        public long clientsOf(String consultant) {
            return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM CLIENT_CONSULTANT WHERE USERNAME = ?")
                    .setParameter(1, consultant).getSingleResult()).longValue();
        }
    }

    @Test
    void rankingAtScale() throws Exception {
        int divisor = Integer.getInteger("bench.divisor", 1);
        loader.modules();
        GeneratedVolume volume = loader.load(divisor);
        String consultant = loader.busiestConsultant();
        long theirs = loader.clientsOf(consultant);
        StringBuilder out = new StringBuilder(String.format("HEALTH BENCHMARK divisor=%d rows=%d load=%.0fs"
                + " consultant=%s (%d clients)", divisor, volume.rows(), volume.seconds(), consultant, theirs));
        time(out, "consultant page 1 (20)", () -> head.call(() -> health.team(consultant, 0, 20).size()));
        time(out, "team page 1 (20)", () -> head.call(() -> health.team(null, 0, 20).size()));
        time(out, "team page 100 (20)", () -> head.call(() -> health.team(null, 1_980, 20).size()));
        time(out, "team count", () -> head.call(() -> (int) health.countTeam(null)));
        time(out, "by consultant (summary)", () -> head.call(() -> health.byConsultant().size()));
        long first = head.call(() -> health.team(null, 0, 1).get(0).clientId());
        time(out, "one client's score", () -> head.call(() -> health.of(first).score()));
        LOG.info(out.toString());
        System.out.println(out);
        assertEquals(20, head.call(() -> health.team(null, 0, 20).size()));
        // the generator keeps 24 clients in 25 active (R1.1: only those are ranked)
        assertEquals(50_000L / divisor * 24 / 25, (long) head.call(() -> health.countTeam(null)));
    }

    private static void time(StringBuilder out, String what, Callable<Integer> work) throws Exception {
        BenchTiming.median(out, what, 2, 5, work);
    }
}
