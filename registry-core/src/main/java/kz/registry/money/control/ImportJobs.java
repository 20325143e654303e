package kz.registry.money.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kz.registry.money.RateImportProgress;
import kz.registry.money.RateImportReport;

/**
 * Imports running in the background, so a finance officer can follow a multi-year file's
 * progress. Kept in memory: a restart forgets them (the rates an import finished stay, and a
 * repeated import changes nothing, so the file can simply be sent again).
 */
@ApplicationScoped
public class ImportJobs {

    private static final int KEPT = 200;
    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

    public ImportJob start(String source, int total, String startedBy, Instant now) {
        if (jobs.size() >= KEPT) {
            jobs.values().stream().filter(job -> job.status() != RateImportProgress.Status.RUNNING)
                    .min(java.util.Comparator.comparing(ImportJob::startedAt))
                    .ifPresent(oldest -> jobs.remove(oldest.id()));
        }
        ImportJob job = new ImportJob(UUID.randomUUID(), source, total, startedBy, now);
        jobs.put(job.id(), job);
        return job;
    }

    public Optional<ImportJob> find(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** One background import: how far it got, and how it ended. */
    public static final class ImportJob implements RateLedger.Progress {

        private final UUID id;
        private final String source;
        private final int total;
        private final String startedBy;
        private final Instant startedAt;
        private volatile int done;
        private volatile Integer lastYear;
        private volatile RateImportProgress.Status status = RateImportProgress.Status.RUNNING;
        private volatile RateImportReport report;
        private volatile String failure;

        ImportJob(UUID id, String source, int total, String startedBy, Instant startedAt) {
            this.id = id;
            this.source = source;
            this.total = total;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        @Override
        public void recorded(int done, int total, int year) {
            this.done = done;
            this.lastYear = year;
        }

        public void finished(RateImportReport report) {
            this.report = report;
            this.done = total;
            this.status = RateImportProgress.Status.DONE;
        }

        /** The import rolled back whole: nothing of it was written. */
        public void failed(String why) {
            this.failure = why;
            this.done = 0;
            this.status = RateImportProgress.Status.FAILED;
        }

        public UUID id() { return id; }
        public String source() { return source; }
        public int total() { return total; }
        public int done() { return done; }
        public Integer lastYear() { return lastYear; }
        public String startedBy() { return startedBy; }
        public Instant startedAt() { return startedAt; }
        public RateImportProgress.Status status() { return status; }
        public RateImportReport report() { return report; }
        public String failure() { return failure; }

        /** Where the import stands now, as its starter sees it. */
        public RateImportProgress progress() {
            return new RateImportProgress(id, status, done, total, lastYear, source, startedBy, startedAt, report, failure);
        }
    }
}
