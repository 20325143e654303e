package kz.registry.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far the audit log's sealing lags behind the writes: while the writes are measured, the
 * log's status is read four times a second and the age of the oldest entry waiting to be sealed
 * kept; then the time until nothing waits.
 */
final class SealingLag {

    private final Api auditor;
    private final List<Long> ages = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private double catchUpSeconds;

    SealingLag(Api auditor) {
        this.auditor = auditor;
        sampler = Thread.ofVirtual().start(this::sample);
    }

    private void sample() {
        while (running) {
            Api.Reply status = auditor.get("api/audit/log/status");
            if (status.status() == 200) {
                var oldest = status.json().get("oldestUnsealedMillis");
                synchronized (ages) {
                    ages.add(oldest == null || oldest.getValueType() == jakarta.json.JsonValue.ValueType.NULL ? 0L
                            : Long.parseLong(oldest.toString()));
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops sampling once the writes are done, and waits until nothing waits to be sealed. */
    void stop() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long began = System.nanoTime();
        while (auditor.get("api/audit/log/status").json().getJsonNumber("unsealed").longValue() > 0
                && System.nanoTime() - began < 300_000_000_000L) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        catchUpSeconds = (System.nanoTime() - began) / 1e9;
    }

    String summary() {
        List<Long> sorted;
        synchronized (ages) {
            sorted = ages.stream().sorted().toList();
        }
        if (sorted.isEmpty()) {
            return "\nSealing lag: no sample.";
        }
        long p50 = sorted.get(Math.max(0, (int) Math.ceil(0.50 * sorted.size()) - 1));
        long p99 = sorted.get(Math.max(0, (int) Math.ceil(0.99 * sorted.size()) - 1));
        return String.format(Locale.ROOT, "%nSealing lag under the write load (the oldest entry waiting, sampled every 250 ms,"
                + " %d samples): p50 %.2f s, **p99 %.2f s** (target under 2 s), most %.2f s; all sealed %.1f s after"
                + " the writes ended.", sorted.size(), p50 / 1000.0, p99 / 1000.0, sorted.getLast() / 1000.0, catchUpSeconds);
    }
}
