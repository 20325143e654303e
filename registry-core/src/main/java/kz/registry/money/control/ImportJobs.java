package kz.registry.money.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Optional;
import java.util.UUID;
import kz.registry.money.RateImportProgress;
import kz.registry.money.RateImportReport;
import kz.registry.operations.JobPace;
import kz.registry.operations.JobRecord;
import kz.registry.operations.boundary.BackgroundJobs;

/**
 * Imports of rates running in the background, kept where every node sees them (the operations
 * capability's job records), so a finance officer can follow a multi-year file's progress on
 * any node. The job's detail is the file's source, the mark it reached the last year imported,
 * and a finished job's outcome its import report (JSON).
 */
@ApplicationScoped
public class ImportJobs {

    static final String KIND = "rate-import";
    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    BackgroundJobs jobs;

    public ImportJob start(String source, int total, String startedBy) {
        return new ImportJob(jobs, jobs.start(KIND, source, total, startedBy));
    }

    public Optional<RateImportProgress> find(UUID id) {
        return jobs.find(KIND, id).map(ImportJobs::progress);
    }

    private static RateImportProgress progress(JobRecord job) {
        RateImportReport report = job.status() == JobRecord.Status.DONE
                ? JSON.fromJson(job.outcome(), RateImportReport.class) : null;
        Integer lastYear = report != null ? Integer.valueOf(report.lastDay().getYear())
                : job.reached() == null ? null : Integer.valueOf(job.reached());
        return new RateImportProgress(job.id(), RateImportProgress.Status.valueOf(job.status().name()), job.done(),
                job.total(), lastYear, job.detail(), job.startedBy(), job.startedAt(), report, job.failure());
    }

    /** One background import: writes how far it got (at most once a second), and how it ended. */
    public static final class ImportJob implements RateLedger.Progress {

        private final BackgroundJobs jobs;
        private final JobRecord started;
        private final JobPace pace = new JobPace();

        ImportJob(BackgroundJobs jobs, JobRecord started) {
            this.jobs = jobs;
            this.started = started;
        }

        @Override
        public void recorded(int done, int total, int year) {
            if (pace.due()) {
                jobs.progress(started.id(), done, Integer.toString(year));
            }
        }

        /** Ends the job as done, inside the transaction that imported the rates. */
        public void finished(RateImportReport report) {
            jobs.finished(started.id(), JSON.toJson(report));
        }

        /** The import rolled back whole: nothing of it was written. */
        public void failed(String why) {
            jobs.failed(started.id(), why, null);
        }

        /** The job's transaction did not commit: said from another thread, as a transaction's end allows. */
        public void rolledBack(String why) {
            jobs.failedLater(started.id(), why);
        }

        public UUID id() {
            return started.id();
        }

        /** Where the import stood when it started. */
        public RateImportProgress progress() {
            return ImportJobs.progress(started);
        }
    }
}
