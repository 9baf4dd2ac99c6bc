package app.vinculo.it;

import app.vinculo.agreements.entity.Agreement;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.GateReason;
import app.vinculo.agreements.entity.RegularizationCase;
import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ClientModule;
import app.vinculo.clients.entity.Contact;
import app.vinculo.clients.entity.ErpModule;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.health.boundary.ClientHealthService;
import app.vinculo.requirements.entity.Requirement;
import app.vinculo.requirements.entity.RequirementOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark harness, not a test (no timing assertion; not run by {@code verify}): N active clients with the facts the
 * R3.2 health score reads (A&amp;M agreements, some ending soon or expired, two contacts each, open requirements,
 * modules of interest, regularisation cases, last contacts spread over 120 days), then times "who to visit next":
 * a consultant's first page, the team's first and 100th page, the count, the per-consultant summary and one
 * client's score. Run: {@code ./mvnw -B verify -pl ejb-module -Dit.test=HealthRankingBench -Dbench.clients=50000}.
 */
@ExtendWith(ArquillianExtension.class)
class HealthRankingBench {

    private static final Logger LOG = Logger.getLogger(HealthRankingBench.class.getName());
    static final String[] MODULES = {"HB-VENTAS", "HB-COMPRAS", "HB-STOCK", "HB-CONTAB"};

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

    /** Inserts clients with their facts, one transaction per call. */
    @Stateless
    @PermitAll
    public static class Loader {
        @PersistenceContext(unitName = "vinculo")
        EntityManager em;

        @Inject
        Clock clock;

        public void modules() {
            for (String m : MODULES) {
                if (em.createQuery("select count(e) from ErpModule e where e.code = :c", Long.class).setParameter("c", m)
                        .getSingleResult() == 0) {
                    em.persist(new ErpModule(m, m));
                }
            }
        }

        public void load(int from, int count) {
            Map<String, ErpModule> modules = new HashMap<>();
            em.createQuery("select e from ErpModule e", ErpModule.class).getResultList().forEach(e -> modules.put(e.getCode(), e));
            Random random = new Random(42 + from);
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            for (int i = from; i < from + count; i++) {
                String name = "Cliente salud " + i + " S.A.";
                String taxId = String.format("HEALTH-%08d", i);
                Client c = new Client(name, TaxId.Kind.FOREIGN, taxId);
                c.describe(name, null, TaxId.Kind.FOREIGN, taxId, "Industria " + (i % 7), null, null, null, null);
                c.assign(i % 10 == 0 ? "consultor" : "otro" + (i % 50), Set.of());
                c.contacted(now.minus(Duration.ofDays(random.nextInt(120))));
                em.persist(c);
                if (i % 5 != 0) {
                    LocalDate end = today.plusDays(random.nextInt(400) - 40);
                    em.persist(new Agreement(c, AgreementType.SUPPORT_MAINTENANCE, end.minusYears(1), end));
                }
                for (int k = 0; k < 2; k++) {
                    Contact ct = new Contact(c);
                    ct.describe("Contacto " + i + "-" + k, null, null, null, k == 0, false, Set.of(), true);
                    em.persist(ct);
                }
                if (i % 3 == 0) {
                    em.persist(new Requirement(c, "Requerimiento " + i, null, null, RequirementOrigin.OTHER, null, "consultor"));
                }
                if (i % 2 == 0) {
                    ClientModule cm = new ClientModule(c, modules.get(MODULES[i % MODULES.length]));
                    cm.set(ModuleStatus.OF_INTEREST, null, null, "Interés");
                    em.persist(cm);
                }
                if (i % 20 == 0) {
                    em.persist(new RegularizationCase(c, GateReason.NO_AGREEMENT_EVER, "Pedido", now));
                }
            }
        }
    }

    @Test
    void rankingAtScale() throws Exception {
        int n = Integer.getInteger("bench.clients", 50_000);
        loader.modules();
        long t0 = System.nanoTime();
        // 100 clients (about 470 rows) per transaction: 500 per transaction hit the transaction timeout on a busy machine
        for (int from = 0; from < n; from += 100) {
            loader.load(from, Math.min(100, n - from));
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder out = new StringBuilder(String.format("HEALTH BENCHMARK clients=%d load=%.0fs", n, loadSeconds));
        time(out, "consultant 'consultor' page 1 (20)", () -> head.call(() -> health.team("consultor", 0, 20).size()));
        time(out, "team page 1 (20)", () -> head.call(() -> health.team(null, 0, 20).size()));
        time(out, "team page 100 (20)", () -> head.call(() -> health.team(null, 1_980, 20).size()));
        time(out, "team count", () -> head.call(() -> (int) health.countTeam(null)));
        time(out, "by consultant (summary)", () -> head.call(() -> health.byConsultant().size()));
        long first = head.call(() -> health.team(null, 0, 1).get(0).clientId());
        time(out, "one client's score", () -> head.call(() -> health.of(first).score()));
        LOG.info(out.toString());
        System.out.println(out);
        assertEquals(20, head.call(() -> health.team(null, 0, 20).size()));
        assertTrue(head.call(() -> health.countTeam(null)) >= n);
    }

    private static void time(StringBuilder out, String what, Callable<Integer> work) throws Exception {
        BenchTiming.median(out, what, 2, 5, work);
    }
}
