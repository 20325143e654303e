package kz.registry.shared;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a background job (a rate import, a bulk entry) reports, decided when its transaction
 * ends: done only once its writes committed; failed, with words a person can act on, when it was
 * refused or rolled back. A failure that is not the caller's (the database, the registry) is
 * logged with the job's id and reported without its technical text: no SQL, no driver message.
 */
public final class JobOutcomes {

    private static final Logger LOG = Logger.getLogger(JobOutcomes.class.getName());
    /** What a job reports when something other than its file stopped it. */
    public static final String NOT_FINISHED = "The registry could not finish this job (its database failed or refused"
            + " the writes); nothing of it was written. Try again in a moment, and quote the job's id if it fails again.";

    private JobOutcomes() {
    }

    /** Calls {@code committed} once the transaction commits, {@code rolledBack} with the reason if it does not. */
    public static void onCompletion(TransactionSynchronizationRegistry transactions, Runnable committed,
                                    java.util.function.Consumer<String> rolledBack) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed.run();
                } else {
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
