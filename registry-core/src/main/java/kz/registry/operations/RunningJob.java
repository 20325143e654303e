package kz.registry.operations;

import java.util.UUID;
import kz.registry.operations.boundary.BackgroundJobs;

/**
 * A background job as the code running it reports on it: its progress, written at most once a
 * second (a file of a million lines does not write a million progress rows, and a follower still
 * sees it move), and how it ended. Each capability wraps it in its own progress callback.
 */
public final class RunningJob {

    private static final long EVERY_NANOS = 1_000_000_000L;
    private final BackgroundJobs jobs;
    private final JobRecord started;
    private long lastWrite = System.nanoTime();

    public RunningJob(BackgroundJobs jobs, JobRecord started) {
        this.jobs = jobs;
        this.started = started;
    }

    /** How far it got, written when a second has passed since the last write. */
    public synchronized void progress(int done, String reached) {
        long now = System.nanoTime();
        if (now - lastWrite >= EVERY_NANOS) {
            lastWrite = now;
            jobs.progress(started.id(), done, reached);
        }
    }

    /** Ends it as done, inside the transaction that did its work. */
    public void finished(String outcome) {
        jobs.finished(started.id(), outcome);
    }

    /** Its work was refused or failed whole: nothing of it was written. */
    public void failed(String why, String outcome) {
        jobs.failed(started.id(), why, outcome);
    }

    /** Its transaction did not commit: said from another thread, as a transaction's end allows. */
    public void rolledBack(String why) {
        jobs.failedLater(started.id(), why);
    }

    public UUID id() {
        return started.id();
    }

    /** The job as it stood when it started. */
    public JobRecord started() {
        return started;
    }
}
