package kz.registry.money.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Optional;
import java.util.UUID;
import kz.registry.money.RateImportProgress;
import kz.registry.money.RateImportReport;
import kz.registry.operations.JobRecord;
import kz.registry.operations.RunningJob;
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
        return new ImportJob(new RunningJob(jobs, jobs.start(KIND, source, total, startedBy)));
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

    /** One background import: how far it got, and how it ended. */
    public static final class ImportJob implements RateLedger.Progress {

        private final RunningJob running;

        ImportJob(RunningJob running) {
            this.running = running;
        }

        @Override
        public void recorded(int done, int total, int year) {
            running.progress(done, Integer.toString(year));
        }

        /** Ends the job as done, inside the transaction that imported the rates. */
        public void finished(RateImportReport report) {
            running.finished(JSON.toJson(report));
        }

        /** The import rolled back whole: nothing of it was written. */
        public void failed(String why) {
            running.failed(why, null);
        }

        public void rolledBack(String why) {
            running.rolledBack(why);
        }

        public UUID id() {
            return running.id();
        }

        /** Where the import stood when it started. */
        public RateImportProgress progress() {
            return ImportJobs.progress(running.started());
        }
    }
}
