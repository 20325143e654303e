package kz.registry.audit.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.registry.operations.boundary.RegistryNodes;

/**
 * Seals the audit trail's committed entries into the log, every second, on one process at a
 * time: each registry process tries to hold the sealer's lease in the database; the one that
 * holds it seals, and renews it as it goes; when it dies, its lease runs out after
 * {@link #LEASE} and another process takes over where it stopped. The timer is not persistent:
 * every process runs its own, and the lease, not the timer, decides who seals.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "RegistryNodes"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSealer {

    /** How long a sealer's lease lasts without renewal: another process takes over after this. */
    static final Duration LEASE = Duration.ofSeconds(15);
    /** The most batches one tick seals, so a tick ends and renews its lease in time. */
    private static final int BATCHES_PER_TICK = 25;
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @EJB
    AuditLog log;

    /** Names this process as the lease's holder: the node's name, the same its heartbeat and jobs carry. */
    @EJB
    RegistryNodes nodes;

    private final AtomicBoolean sealing = new AtomicBoolean();
    private volatile boolean failing;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void tick() {
        if (!sealing.compareAndSet(false, true)) {
            return; // the last tick is still sealing
        }
        try {
            String holder = nodes.id();
            for (int batch = 0; batch < BATCHES_PER_TICK && log.holdLease(holder, LEASE) && log.sealNext(holder) > 0; batch++) {
                // each batch renewed the lease before it began
            }
            failing = false;
        } catch (RuntimeException e) {
            // the database may be away: the entries wait, and the next tick tries again; said once, not every second
            LOG.log(failing ? Level.FINE : Level.WARNING, "Sealing the audit log failed; the next ticks try again", e);
            failing = true;
        } finally {
            sealing.set(false);
        }
    }
}
