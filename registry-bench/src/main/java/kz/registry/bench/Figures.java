package kz.registry.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * How fast one kind of work went: requests per second, latency percentiles (nearest rank) and
 * errors, from a fixed number of operations spread over a fixed number of concurrent clients.
 */
record Figures(String what, int operations, int errors, double seconds, long p50Micros, long p95Micros,
               long p99Micros) {

    double perSecond() {
        return operations / seconds;
    }

    /** Runs {@code operations} calls of {@code work} (true: it succeeded) over {@code clients} threads. */
    static Figures measure(String what, int operations, int clients, IntPredicate work) {
        long[] latencies = new long[operations];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < operations; ) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = work.test(i);
                        } catch (RuntimeException e) {
                            ok = false;
                        }
                        latencies[i] = (System.nanoTime() - start) / 1000;
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Figures(what, operations, errors.get(), seconds, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99));
    }

    private static long rank(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f |", what, operations, errors,
                perSecond(), p50Micros / 1000.0, p95Micros / 1000.0, p99Micros / 1000.0);
    }

    /** The table's head, with more columns after the figures when given. */
    static String header(String... more) {
        StringBuilder head = new StringBuilder("| work | operations | errors | per second | p50 ms | p95 ms | p99 ms |");
        StringBuilder rule = new StringBuilder("| --- | --- | --- | --- | --- | --- | --- |");
        for (String column : more) {
            head.append(' ').append(column).append(" |");
            rule.append(" --- |");
        }
        return head + "\n" + rule;
    }
}
