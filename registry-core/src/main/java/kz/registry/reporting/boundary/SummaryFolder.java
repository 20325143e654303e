package kz.registry.reporting.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Folds the spending and claim changes into their totals every second, on every process: reports are exact
 * whether or not a change is folded yet (they add the changes waiting), so folding only keeps
 * the waiting changes few, and the reports fast.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SummaryFolder {

    /** The most batches one tick folds, so one tick never runs into the next for long. */
    private static final int BATCHES_PER_TICK = 20;
    private static final Logger LOG = Logger.getLogger(SummaryFolder.class.getName());

    @EJB
    SummaryFolding folding;

    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean failing;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int batch = 0; batch < BATCHES_PER_TICK && folding.foldSpending() == SummaryFolding.BATCH; batch++) {
                // a full batch: more may be waiting
            }
            for (int batch = 0; batch < BATCHES_PER_TICK && folding.foldClaims() == SummaryFolding.BATCH; batch++) {
                // a full batch: more may be waiting
            }
            failing = false;
        } catch (SummaryFolding.FoldedElsewhere e) {
            LOG.log(Level.FINE, "Another process folded first; the next tick goes on", e);
        } catch (RuntimeException e) {
            // the database may be away: the changes wait (reports still add them), and the next tick tries again
            LOG.log(failing ? Level.FINE : Level.WARNING, "Folding the report summaries failed; the next ticks try again", e);
            failing = true;
        } finally {
            busy.set(false);
        }
    }
}
