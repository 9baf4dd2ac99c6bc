package app.vinculo.bench.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Response times and errors per page label, recorded by every virtual user while the window is open. */
final class Stats {

    private final Map<String, List<Long>> times = new ConcurrentHashMap<>();
    private final Map<String, int[]> errors = new ConcurrentHashMap<>();
    volatile boolean open;

    void record(String label, long nanos, boolean ok) {
        if (!open) {
            return;
        }
        List<Long> list = times.computeIfAbsent(label, l -> Collections.synchronizedList(new ArrayList<>()));
        list.add(nanos);
        if (!ok) {
            int[] e = errors.computeIfAbsent(label, l -> new int[1]);
            synchronized (e) {
                e[0]++;
            }
        }
    }

    Map<String, List<Long>> sorted() {
        Map<String, List<Long>> out = new TreeMap<>();
        times.forEach((label, list) -> {
            List<Long> copy;
            synchronized (list) {
                copy = new ArrayList<>(list);
            }
            Collections.sort(copy);
            out.put(label, copy);
        });
        return out;
    }

    int errors(String label) {
        int[] e = errors.get(label);
        return e == null ? 0 : e[0];
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
