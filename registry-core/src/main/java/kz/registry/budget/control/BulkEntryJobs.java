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
import kz.registry.operations.JobRecord;
import kz.registry.operations.RunningJob;
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
        return new Job(new RunningJob(jobs, jobs.start(KIND, kind.recordType(), lines, startedBy)));
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

    /** One file being posted: how many lines are through, and how it ended. */
    public static final class Job implements BudgetLedger.Progress {
        private final RunningJob running;

        Job(RunningJob running) {
            this.running = running;
        }

        @Override
        public void posted(int done, int total) {
            running.progress(done, null);
        }

        /** Ends the job as done, inside the transaction that posted the file. */
        public void finished(UUID batchId) {
            running.finished(batchId.toString());
        }

        /** The file was refused whole: nothing of it was written. */
        public void failed(String why, Map<String, String> lineErrors) {
            running.failed(why, lineErrors.isEmpty() ? null : JSON.toJson(new LinkedHashMap<>(lineErrors)));
        }

        public void rolledBack(String why) {
            running.rolledBack(why);
        }

        public UUID id() {
            return running.id();
        }

        /** Where the file stood when it started. */
        public BulkEntryProgress progress() {
            return BulkEntryJobs.progress(running.started());
        }
    }
}
