package kz.registry.budget.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.registry.budget.BulkEntryProgress;
import kz.registry.budget.entity.EntryKind;
import kz.registry.operations.JobPace;
import kz.registry.operations.JobRecord;
import kz.registry.operations.boundary.BackgroundJobs;

/**
 * Bulk entries running in the background, kept where every node sees them (the operations
 * capability's job records), so a finance officer can follow a large file's progress on any
 * node. A finished job's outcome is its batch's id; a refused file's, its lines' errors.
 */
@ApplicationScoped
public class BulkEntryJobs {

    static final String KIND = "bulk-entry";
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type LINE_ERRORS = new LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();

    @EJB
    BackgroundJobs jobs;

    public Job start(EntryKind kind, int lines, String startedBy) {
        JobRecord started = jobs.start(KIND, kind.recordType(), lines, startedBy);
        return new Job(jobs, started);
    }

    public Optional<BulkEntryProgress> find(UUID id) {
        return jobs.find(KIND, id).map(BulkEntryJobs::progress);
    }

    private static BulkEntryProgress progress(JobRecord job) {
        boolean done = job.status() == JobRecord.Status.DONE;
        Map<String, String> lineErrors = !done && job.outcome() != null ? JSON.fromJson(job.outcome(), LINE_ERRORS)
                : Map.of();
        return new BulkEntryProgress(job.id(), job.detail(), BulkEntryProgress.Status.valueOf(job.status().name()),
                job.done(), job.total(), done ? UUID.fromString(job.outcome()) : null, job.failure(), lineErrors,
                job.startedAt(), job.startedBy());
    }

    /** One file being posted: writes how many lines are through (at most once a second), and how it ended. */
    public static final class Job implements BudgetLedger.Progress {
        private final BackgroundJobs jobs;
        private final JobRecord started;
        private final JobPace pace = new JobPace();

        Job(BackgroundJobs jobs, JobRecord started) {
            this.jobs = jobs;
            this.started = started;
        }

        @Override
        public void posted(int done, int total) {
            if (pace.due()) {
                jobs.progress(started.id(), done, null);
            }
        }

        /** Ends the job as done, inside the transaction that posted the file. */
        public void finished(UUID batchId) {
            jobs.finished(started.id(), batchId.toString());
        }

        /** The file was refused whole: nothing of it was written. */
        public void failed(String why, Map<String, String> lineErrors) {
            jobs.failed(started.id(), why, lineErrors.isEmpty() ? null : JSON.toJson(new LinkedHashMap<>(lineErrors)));
        }

        /** The job's transaction did not commit: said from another thread, as a transaction's end allows. */
        public void rolledBack(String why) {
            jobs.failedLater(started.id(), why);
        }

        public UUID id() {
            return started.id();
        }

        /** Where the file stood when it started. */
        public BulkEntryProgress progress() {
            return BulkEntryJobs.progress(started);
        }
    }
}
