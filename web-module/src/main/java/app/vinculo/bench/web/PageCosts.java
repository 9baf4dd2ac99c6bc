package app.vinculo.bench.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per page (the harness's {@code X-Bench-Page} label, else the path): requests, SQL statements (total and most in
 * one request) and server time, as measured by {@link PageCostFilter}. In memory, demo mode only.
 */
public final class PageCosts {

    private static final Map<String, Cost> COSTS = new ConcurrentHashMap<>();

    private PageCosts() {
    }

    static void record(String page, int statements, long nanos) {
        COSTS.computeIfAbsent(page, p -> new Cost()).add(statements, nanos);
    }

    static void reset() {
        COSTS.clear();
    }

    /** One line per page: {@code page<TAB>requests<TAB>sqlTotal<TAB>sqlMax<TAB>serverMillisTotal}. */
    static String report() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(COSTS).forEach((page, c) -> out.append(page).append('\t').append(c.requests.sum()).append('\t')
                .append(c.statements.sum()).append('\t').append(c.max).append('\t')
                .append(c.nanos.sum() / 1_000_000).append('\n'));
        return out.toString();
    }

    private static final class Cost {
        final LongAdder requests = new LongAdder();
        final LongAdder statements = new LongAdder();
        final LongAdder nanos = new LongAdder();
        volatile int max;

        void add(int sql, long ns) {
            requests.increment();
            statements.add(sql);
            nanos.add(ns);
            if (sql > max) {
                max = sql;
            }
        }
    }
}
