package app.vinculo.bench.harness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The run's results as a Markdown table (pasted into docs/benchmarks.md). */
final class Report {

    private Report() {
    }

    static void print(Stats stats, String costs, String heap, int users, long think, double window, double total) {
        Map<String, String[]> server = new HashMap<>();
        for (String line : costs.split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 5) {
                server.put(f[0], f);
            }
        }
        Map<String, List<Long>> times = stats.sorted();
        List<Long> floor = times.getOrDefault("floor", List.of());
        double floor95 = Stats.percentile(floor, 95);
        long requests = 0;
        long errors = 0;
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n%d users, think %d ms, measured %.0f s (run %.0f s)%n%n", users, think, window, total));
        out.append("| page | requests | errors | p50 ms | p95 ms | p99 ms | p95 / floor p95 | SQL per request (avg / max) | server ms (avg) |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            List<Long> t = e.getValue();
            int err = stats.errors(e.getKey());
            requests += t.size();
            errors += err;
            String[] s = server.get(e.getKey());
            String sql = s == null ? "–" : String.format("%.1f / %s", Double.parseDouble(s[2]) / Math.max(1, Long.parseLong(s[1])), s[3]);
            String srv = s == null ? "–" : String.format("%.1f", Double.parseDouble(s[4]) / Math.max(1, Long.parseLong(s[1])));
            out.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %s | %s |%n", e.getKey(), t.size(), err,
                    Stats.percentile(t, 50), Stats.percentile(t, 95), Stats.percentile(t, 99),
                    Stats.percentile(t, 95) / floor95, sql, srv));
        }
        out.append(String.format("%nthroughput %.1f requests/s, errors %d of %d (%.2f %%); %s%n", requests / window, errors,
                requests, requests == 0 ? 0 : 100.0 * errors / requests, heap.replace('\n', ' ').trim()));
        System.out.println(out);
    }
}
