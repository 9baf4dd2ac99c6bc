package app.vinculo.bench.harness;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The daily work of one role, page by page, with think time between pages: home, the floor page, the client list with
 * an Ajax text filter and an Ajax sort, a client page with its timeline, next actions, a visit plan and a visit
 * record, the course editions and an edition's attendance; Implementation Heads also open the quotes and a quote
 * (its page), Project Managers the regularisation cases and the quotes.
 */
final class Scenario {

    private static final Pattern CLIENT = Pattern.compile("/clients/view\\.xhtml\\?id=(\\d+)");
    private static final Pattern VISIT = Pattern.compile("/visits/view\\.xhtml\\?id=(\\d+)");
    private static final Pattern EDITION = Pattern.compile("/training/editions/view\\.xhtml\\?id=(\\d+)");
    private static final Pattern QUOTE = Pattern.compile("/quotes/view\\.xhtml\\?id=(\\d+)");
    private static final Pattern SORTABLE = Pattern.compile("<th id=\"(clients:table:[^\"]+)\"[^>]*ui-sortable-column");
    private static final String[] WORDS = {"fab", "metal", "bodegas", "lact", "trans", "distri", "agro", "textil",
            "lab", "plast", "frigo", "cons", "molinos", "coop", "quim", "sur", "andina", "nuñez", "gonzalez"};

    private final Session s;
    private final String role;
    private final long thinkMillis;
    private final Random random;

    Scenario(Session session, String role, long thinkMillis, long seed) {
        this.s = session;
        this.role = role;
        this.thinkMillis = thinkMillis;
        this.random = new Random(seed);
    }

    void iteration() throws IOException, InterruptedException {
        page("home", "index.xhtml");
        page("floor", "floor.xhtml");
        page("clients", "clients/list.xhtml");
        List<String> clients = s.all(CLIENT);
        List<String> sortable = s.all(SORTABLE);
        Map<String, String> filter = ajax("clients:text", "clients:text", "clients:table");
        filter.put("jakarta.faces.behavior.event", "keyup");
        filter.put("jakarta.faces.partial.event", "keyup");
        filter.put("clients", "clients");
        filter.put("clients:text", WORDS[random.nextInt(WORDS.length)]);
        s.post("clients.filter(ajax)", "clients/list.xhtml", true, filter);
        think();
        if (!sortable.isEmpty()) {
            Map<String, String> sort = ajax("clients:table", "clients:table", "clients:table");
            sort.put("clients:table_sorting", "true");
            sort.put("clients:table_skipChildren", "true");
            sort.put("clients:table_encodeFeature", "true");
            sort.put("clients:table_sortKey", sortable.get(random.nextInt(sortable.size())));
            sort.put("clients:table_sortDir", random.nextBoolean() ? "1" : "-1");
            sort.put("clients", "clients");
            s.post("clients.sort(ajax)", "clients/list.xhtml", true, sort);
            think();
        }
        String client = clients.isEmpty() ? null : clients.get(random.nextInt(clients.size()));
        if (client != null) {
            page("client", "clients/view.xhtml?id=" + client);
        }
        List<String> visits = s.all(VISIT);
        if (role.equals("PM")) {
            page("regularizations", "agreements/regularizations.xhtml");
            page("quotes", "quotes/list.xhtml");
            return;
        }
        page("next-actions", "followups/next-actions.xhtml");
        if (client != null) {
            page("visit.plan", "visits/edit.xhtml?client=" + client);
        }
        if (!visits.isEmpty()) {
            page("visit.record", "visits/view.xhtml?id=" + visits.get(random.nextInt(visits.size())));
        }
        page("editions", "training/editions/list.xhtml");
        List<String> editions = s.all(EDITION);
        if (!editions.isEmpty()) {
            page("attendance", "training/editions/view.xhtml?id=" + editions.get(random.nextInt(editions.size())));
        }
        if (role.equals("HEAD")) {
            page("quotes", "quotes/list.xhtml");
            List<String> quotes = s.all(QUOTE);
            if (!quotes.isEmpty()) {
                page("quote", "quotes/view.xhtml?id=" + quotes.get(random.nextInt(quotes.size())));
            }
        }
    }

    private void page(String label, String path) throws IOException, InterruptedException {
        s.get(label, path);
        think();
    }

    private static Map<String, String> ajax(String source, String execute, String render) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("jakarta.faces.partial.ajax", "true");
        p.put("jakarta.faces.source", source);
        p.put("jakarta.faces.partial.execute", execute);
        p.put("jakarta.faces.partial.render", render);
        return p;
    }

    /** Think time: uniformly 0.5–1.5 × the mean. */
    private void think() throws InterruptedException {
        if (thinkMillis > 0) {
            Thread.sleep(thinkMillis / 2 + (long) (random.nextDouble() * thinkMillis));
        }
    }
}
