package kz.registry.shared;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a background job (a rate import, a bulk entry) reports when it fails, with words a person
 * can act on: refused, or rolled back (a job is written done in its own transaction, so it reads
 * done only once its writes committed). A failure that is not the caller's (the database, the registry) is
 * logged with the job's id and reported without its technical text: no SQL, no driver message.
 */
public final class JobOutcomes {

    private static final Logger LOG = Logger.getLogger(JobOutcomes.class.getName());
    /** What a job reports when something other than its file stopped it. */
    public static final String NOT_FINISHED = "The registry could not finish this job (its database failed or refused"
            + " the writes); nothing of it was written. Try again in a moment, and quote the job's id if it fails again.";

    private JobOutcomes() {
    }

    /**
     * Calls {@code rolledBack} with the reason if the transaction does not commit. It is called as
     * the transaction ends, where no other transaction may begin: it must hand its work to
     * another thread.
     */
    public static void onRollback(TransactionSynchronizationRegistry transactions,
                                  java.util.function.Consumer<String> rolledBack) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    rolledBack.accept(NOT_FINISHED);
                }
            }
        });
    }

    /** Why a job failed, as its owner may read it: the registry's own refusal, or {@link #NOT_FINISHED}. */
    public static String reason(UUID job, RuntimeException failure) {
        if (failure instanceof DomainException refused) {
            return refused.getMessage();
        }
        LOG.log(Level.SEVERE, "Background job " + job + " failed", failure);
        return NOT_FINISHED;
    }
}
