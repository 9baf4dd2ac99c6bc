package app.vinculo.bench;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ClientModule;
import app.vinculo.clients.entity.ErpModule;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.releases.boundary.ChangeForm;
import app.vinculo.releases.boundary.ReleaseForm;
import app.vinculo.releases.boundary.ReleaseImpactService;
import app.vinculo.releases.boundary.ReleaseRow;
import app.vinculo.releases.boundary.ReleaseService;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.training.boundary.RcuService;
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

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark harness, not a test (no timing assertion; not run by {@code verify}): N clients with installed modules
 * and modules of interest, then times the impacted clients of a release (first page and count) and the R5.3
 * suggested courses. Run: {@code ./mvnw -B verify -pl ejb-module -Dit.test=ReleaseImpactBench -Dbench.clients=50000}.
 */
@ExtendWith(ArquillianExtension.class)
class ReleaseImpactBench {

    private static final Logger LOG = Logger.getLogger(ReleaseImpactBench.class.getName());
    static final String[] MODULES = {"VENTAS", "COMPRAS", "STOCK", "CONTAB", "SUELDOS", "TESORERIA", "CRM"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("impact-bench", ReleaseImpactBench.class, Loader.class, BenchTiming.class);
    }

    @Inject
    Callers.AsRdManager rd;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    ReleaseService releases;

    @Inject
    ReleaseImpactService impact;

    @Inject
    RcuService rcu;

    @Inject
    Loader loader;

    /** Inserts clients with three installed modules and one of interest, in transactions of 500. */
    @Stateless
    @PermitAll
    public static class Loader {
        @PersistenceContext(unitName = "vinculo")
        EntityManager em;

        public void modules() {
            for (String m : MODULES) {
                if (em.createQuery("select count(e) from ErpModule e where e.code = :c", Long.class).setParameter("c", m)
                        .getSingleResult() == 0) {
                    em.persist(new ErpModule(m, m));
                }
            }
        }

        public void load(int from, int count) {
            Map<String, ErpModule> modules = new java.util.HashMap<>();
            em.createQuery("select e from ErpModule e", ErpModule.class).getResultList().forEach(e -> modules.put(e.getCode(), e));
            for (int i = from; i < from + count; i++) {
                String name = "Cliente de prueba " + i + " S.A.";
                String taxId = String.format("IMPACT-%08d", i);
                Client c = new Client(name, TaxId.Kind.FOREIGN, taxId);
                c.describe(name, null, TaxId.Kind.FOREIGN, taxId, null, null, null, null, null);
                c.assign(i % 10 == 0 ? "consultor" : "otro" + (i % 50), java.util.Set.of());
                em.persist(c);
                for (int k = 0; k < 3; k++) {
                    ClientModule cm = new ClientModule(c, modules.get(MODULES[(i + k * 2) % MODULES.length]));
                    cm.set(ModuleStatus.INSTALLED, LocalDate.of(2020, 1, 1), "9.0", null);
                    em.persist(cm);
                }
                ClientModule interest = new ClientModule(c, modules.get(MODULES[(i + 1) % MODULES.length]));
                interest.set(ModuleStatus.OF_INTEREST, null, null, "Interés");
                em.persist(interest);
            }
        }
    }

    @Test
    void impactAndSuggestionsAtScale() throws Exception {
        int n = Integer.getInteger("bench.clients", 50_000);
        loader.modules();
        long t0 = System.nanoTime();
        for (int from = 0; from < n; from += 500) {
            loader.load(from, Math.min(500, n - from));
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        ReleaseForm f = new ReleaseForm();
        f.setLabel("BENCH-1");
        f.setReleaseDate(LocalDate.now());
        ReleaseRow r = rd.call(() -> releases.create(f));
        rd.call(() -> releases.addChange(r.id(), new ChangeForm(ChangeKind.NEW_DEVELOPMENT, "VENTAS", "Uno", null)));
        rd.call(() -> releases.addChange(r.id(), new ChangeForm(ChangeKind.FIX, "SUELDOS", "Dos", null)));
        StringBuilder out = new StringBuilder(String.format("IMPACT BENCHMARK clients=%d load=%.0fs", n, loadSeconds));
        time(out, "impacted clients page 1 (50)", () -> head.call(() -> impact.impactedClients(r.id(), 0, 50).size()));
        time(out, "impacted clients page 200 (50)", () -> head.call(() -> impact.impactedClients(r.id(), 9_950, 50).size()));
        time(out, "impacted clients count", () -> head.call(() -> (int) impact.countImpacted(r.id())));
        time(out, "suggested courses (R5.3)", () -> head.call(() -> rcu.suggestions().size()));
        LOG.info(out.toString());
        System.out.println(out);
        assertTrue(head.call(() -> impact.countImpacted(r.id())) > 0);
    }

    private static void time(StringBuilder out, String what, Callable<Integer> work) throws Exception {
        BenchTiming.median(out, what, 2, 5, work);
    }
}
