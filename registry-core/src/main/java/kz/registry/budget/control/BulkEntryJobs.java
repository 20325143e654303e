package kz.registry.budget.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kz.registry.budget.BulkEntryProgress;
import kz.registry.budget.entity.EntryKind;

/**
 * Bulk entries running in the background, so a finance officer can follow a large file's
 * progress. Kept in memory: a restart forgets the job, never its result (a finished file's
 * batch is in the ledger; a file cut short wrote nothing and can be sent again with its key).
 */
@ApplicationScoped
public class BulkEntryJobs {

    private static final int KEPT = 200;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    public Job start(EntryKind kind, int lines, String startedBy, Instant now) {
        if (jobs.size() >= KEPT) {
            jobs.values().stream().filter(job -> job.status() != BulkEntryProgress.Status.RUNNING)
                    .min(Comparator.comparing(Job::startedAt))
                    .ifPresent(oldest -> jobs.remove(oldest.id()));
        }
        Job job = new Job(UUID.randomUUID(), kind, lines, startedBy, now);
        jobs.put(job.id(), job);
        return job;
    }

    public Optional<Job> find(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** One file being posted: how many lines are through, and how it ended. */
    public static final class Job implements BudgetLedger.Progress {
        private final UUID id;
        private final EntryKind kind;
        private final int lines;
        private final String startedBy;
        private final Instant startedAt;
        private volatile int done;
        private volatile BulkEntryProgress.Status status = BulkEntryProgress.Status.RUNNING;
        private volatile UUID batchId;
        private volatile String failure;
        private volatile Map<String, String> lineErrors = Map.of();

        Job(UUID id, EntryKind kind, int lines, String startedBy, Instant startedAt) {
            this.id = id;
            this.kind = kind;
            this.lines = lines;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        @Override
        public void posted(int done, int total) {
            this.done = done;
        }

        public void finished(UUID batchId) {
            this.batchId = batchId;
            this.done = lines;
            this.status = BulkEntryProgress.Status.DONE;
        }

        /** The file was refused whole: nothing of it was written. */
        public void failed(String why, Map<String, String> lineErrors) {
            this.failure = why;
            this.lineErrors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lineErrors));
            this.done = 0;
            this.status = BulkEntryProgress.Status.FAILED;
        }

        public UUID id() { return id; }
        public EntryKind kind() { return kind; }
        public int lines() { return lines; }
        public int done() { return done; }
        public String startedBy() { return startedBy; }
        public Instant startedAt() { return startedAt; }
        public BulkEntryProgress.Status status() { return status; }
        public Optional<UUID> batchId() { return Optional.ofNullable(batchId); }
        public Optional<String> failure() { return Optional.ofNullable(failure); }
        public Map<String, String> lineErrors() { return lineErrors; }

        /** Where the file stands now, as its sender sees it. */
        public BulkEntryProgress progress() {
            return new BulkEntryProgress(id, kind.recordType(), status, done, lines, batchId, failure, lineErrors,
                    startedAt, startedBy);
        }
    }
}
