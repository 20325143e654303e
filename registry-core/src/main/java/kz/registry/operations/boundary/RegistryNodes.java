package kz.registry.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.registry.shared.ReceivedFile;

/**
 * This registry process among the others sharing its database (the nodes of a cluster): its
 * name, a heartbeat every {@link #HEARTBEAT} in the database, and the duties one node at a time
 * performs, held on leases there. Every time is the database's, so nodes whose clocks disagree
 * still agree on who is alive and who holds a duty.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll // called by the registry's own timers and jobs, never by a request
public class RegistryNodes {

    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** A node not heard from for this long is taken for dead: its jobs fail, its leases run out. */
    public static final Duration PRESUMED_DEAD = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(RegistryNodes.class.getName());

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    private final String id = name();
    private volatile boolean failing;
    /** This node's clock minus the database's, as the last heartbeat measured it. */
    private volatile Duration clockOffset = Duration.ZERO;

    /** Says this node is here, and removes the upload files that dead processes on this machine left behind. */
    @PostConstruct
    void join() {
        beat();
        int removed = ReceivedFile.removeOrphans();
        if (removed > 0) {
            LOG.info(() -> "Removed " + removed + " upload file(s) left by registry processes that stopped mid-job");
        }
        LOG.info(() -> "This registry node is " + id);
    }

    /** This node's name: host, process id and a random part, unique across restarts. */
    public String id() {
        return id;
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void heartbeat() {
        try {
            beat();
            failing = false;
        } catch (RuntimeException e) {
            // the database may be away: the next beat tries again; said once, not every 5 seconds
            LOG.log(failing ? Level.FINE : Level.WARNING, "The node's heartbeat could not be written", e);
            failing = true;
        }
    }

    /**
     * How far this node's clock is from the database's, which every node shares (positive: ahead),
     * as the last heartbeat measured it. Tokens and audit times come from the node's clock, so a
     * node far off should take no requests (readiness says so).
     */
    public Duration clockOffset() {
        return clockOffset;
    }

    private void beat() {
        long before = System.currentTimeMillis();
        Object database = em.createNativeQuery("select current_timestamp").getSingleResult();
        long after = System.currentTimeMillis();
        clockOffset = Duration.ofMillis((before + after) / 2 - instant(database).toEpochMilli());
        int renewed = em.createNativeQuery("update registry_node set heartbeat_at = current_timestamp where id = ?1")
                .setParameter(1, id).executeUpdate();
        if (renewed == 0) {
            em.createNativeQuery("insert into registry_node (id, started_at, heartbeat_at)"
                    + " values (?1, current_timestamp, current_timestamp)").setParameter(1, id).executeUpdate();
            // nodes gone for a day are only history
            em.createNativeQuery("delete from registry_node where heartbeat_at < current_timestamp - interval '1' day")
                    .executeUpdate();
        }
    }

    /** Whether the node of this name was heard from within {@link #PRESUMED_DEAD}. */
    public boolean alive(String node) {
        return id.equals(node) || ((Number) em.createNativeQuery("select count(*) from registry_node where id = ?1"
                        + " and heartbeat_at >= current_timestamp - interval '" + PRESUMED_DEAD.toSeconds() + "' second")
                .setParameter(1, node).getSingleResult()).intValue() == 1;
    }

    /**
     * Whether this node should perform the duty now: it holds (or takes over) the duty's lease,
     * renewed for {@code lease}, and the duty last ran at least {@code every} ago; if so, the
     * duty is marked run now. Another node sees the lease and leaves the duty alone until it
     * runs out.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean dutyDue(String duty, Duration lease, Duration every) {
        int held = em.createNativeQuery("update registry_duty set holder = ?1, expires_at = current_timestamp"
                        + " + interval '" + lease.toSeconds() + "' second where name = ?2 and (holder = ?1"
                        + " or holder is null or expires_at < current_timestamp)")
                .setParameter(1, id).setParameter(2, duty).executeUpdate();
        return held == 1 && em.createNativeQuery("update registry_duty set last_run_at = current_timestamp"
                        + " where name = ?1 and (last_run_at is null or last_run_at <= current_timestamp - interval '"
                        + every.toSeconds() + "' second)")
                .setParameter(1, duty).executeUpdate() == 1;
    }

    private static java.time.Instant instant(Object timestamp) {
        return switch (timestamp) {
            case java.sql.Timestamp sql -> sql.toInstant();
            case java.time.OffsetDateTime offset -> offset.toInstant();
            case java.time.ZonedDateTime zoned -> zoned.toInstant();
            case java.time.Instant instant -> instant;
            default -> throw new IllegalStateException("The database's time came as " + timestamp.getClass());
        };
    }

    private static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
