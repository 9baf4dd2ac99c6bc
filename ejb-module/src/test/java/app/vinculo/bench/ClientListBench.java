package app.vinculo.bench;

import app.vinculo.clients.boundary.ClientFilter;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.control.ClientIndex;
import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
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

import java.util.Random;
import java.util.function.Supplier;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark harness, not a test (no timing assertion; not run by {@code verify}): loads N clients with their search
 * words, then times the client search and the list's first page with filters.
 * Run: {@code ./mvnw -B verify -pl ejb-module -Dit.test=ClientListBench -Dbench.clients=50000}.
 */
@ExtendWith(ArquillianExtension.class)
class ClientListBench {

    private static final Logger LOG = Logger.getLogger(ClientListBench.class.getName());
    private static final String[] WORDS = {"Fábrica", "Metalúrgica", "Bodegas", "Lácteos", "Transportes", "Distribuidora",
            "Agropecuaria", "Textil", "Laboratorios", "Plásticos", "Frigorífico", "Constructora", "Molinos", "Yerbatera",
            "Cooperativa", "Autopartes", "Química", "Editorial", "Papelera", "Olivícola"};
    private static final String[] PLACES = {"Sur", "Norte", "Andina", "del Sol", "del Litoral", "Pampeana", "Patagónica",
            "Cuyana", "del Plata", "Serrana", "Misionera", "Riojana", "Austral", "del Centro", "Atlántica"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("client-bench", ClientListBench.class, Loader.class, BenchTiming.class);
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    ClientService clients;

    @Inject
    Loader loader;

    /** Inserts clients in transactions of 500. */
    @Stateless
    @PermitAll
    public static class Loader {
        @PersistenceContext(unitName = "vinculo")
        EntityManager em;

        @Inject
        ClientIndex index;

        public void load(int from, int count, long seed) {
            Random random = new Random(seed + from);
            for (int i = from; i < from + count; i++) {
                String name = WORDS[random.nextInt(WORDS.length)] + " " + PLACES[random.nextInt(PLACES.length)] + " " + i + " S.A.";
                String taxId = String.format("BENCH-%08d", i);
                Client c = new Client(name, TaxId.Kind.FOREIGN, taxId);
                c.describe(name, null, TaxId.Kind.FOREIGN, taxId, null, null, null, null, null);
                c.assign(i % 10 == 0 ? "consultor" : "otro" + (i % 50), java.util.Set.of());
                em.persist(c);
                em.flush();
                index.reindex(c);
            }
        }
    }

    @Test
    void searchAndListAtScale() throws Exception {
        int n = Integer.getInteger("bench.clients", 50_000);
        long t0 = System.nanoTime();
        for (int from = 0; from < n; from += 500) {
            loader.load(from, Math.min(500, n - from), 42);
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder out = new StringBuilder(String.format("CLIENT BENCHMARK clients=%d load=%.0fs", n, loadSeconds));
        time(out, "search 'fabrica sur' (10 hits)", () -> call(() -> clients.search("fabrica sur", 10).size()));
        time(out, "search 'fab' (10 hits)", () -> call(() -> clients.search("fab", 10).size()));
        time(out, "list page 1 by name", () -> call(() -> clients.page(ClientFilter.none(), 0, 20, "legalName", true).size()));
        time(out, "list count", () -> call(() -> (int) clients.count(ClientFilter.none())));
        time(out, "list text 'metalurgica andina' page+count", () -> call(() -> {
            ClientFilter f = new ClientFilter("metalurgica andina", null, true, null, false, null, false);
            return clients.page(f, 0, 20, "legalName", true).size() + (int) clients.count(f);
        }));
        time(out, "list consultant 'consultor' page+count", () -> call(() -> {
            ClientFilter f = new ClientFilter(null, "consultor", true, null, false, null, false);
            return clients.page(f, 0, 20, "legalName", true).size() + (int) clients.count(f);
        }));
        time(out, "list without A&M page", () -> call(() -> clients.page(
                new ClientFilter(null, null, true, null, true, null, false), 0, 20, "legalName", true).size()));
        LOG.info(out.toString());
        System.out.println(out);
        assertTrue(call(() -> clients.search("fabrica", 10).size()) > 0);
    }

    private int call(java.util.concurrent.Callable<Integer> work) {
        try {
            return consultant.call(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Median of 7 runs after 2 warm-ups, in milliseconds. */
    private static void time(StringBuilder out, String what, Supplier<Integer> work) {
        try {
            BenchTiming.median(out, what, 2, 7, work::get);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
