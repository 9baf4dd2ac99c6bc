package app.vinculo.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Timing for the benchmark harnesses: the median of several runs after warm-ups, appended to a report line. */
final class BenchTiming {

    private BenchTiming() {
    }

    static void median(StringBuilder out, String what, int warmUps, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            work.call();
        }
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        out.append(String.format(" | %s: %d ms", what, ms[runs / 2]));
    }
}
