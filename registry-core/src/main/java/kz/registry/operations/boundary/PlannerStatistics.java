package kz.registry.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.registry.operations.control.RegistryDataSource;

/**
 * Keeps PostgreSQL's planner statistics up with bulk writes. A file of thousands of lines grows
 * a table faster than autovacuum analyses it (where it runs at all), and a planner that still
 * believes the table small scans it whole where an index serves. So once a large file's
 * transaction commits, the tables it grew are analysed, in the background. H2 needs nothing.
 */
@Stateless
@PermitAll // called by the registry itself after a commit, never for a caller's data
public class PlannerStatistics {

    /** A file of at least this many lines is large enough to analyse after. */
    public static final int LARGE_FILE = 5_000;
    /** The tables bulk files grow; nothing else is ever named in the statement. */
    public enum Grown {
        BUDGET_ENTRY, AUDIT_ENTRY, EXCHANGE_RATE;

        String table() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class.getName());

    @Resource(lookup = RegistryDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @EJB
    PlannerStatistics self;

    /** After the caller's transaction commits, if it wrote {@code lines} of a file, analyses what it grew. */
    public void afterLargeFile(int lines, List<Grown> tables) {
        if (lines < LARGE_FILE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit: a rolled-back file grew nothing
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    self.analyse(tables);
                }
            }
        });
    }

    /** Analyses the tables on PostgreSQL, outside any transaction; a failure only costs the planner its news. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void analyse(List<Grown> tables) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                return;
            }
            for (Grown table : tables) {
                sql.execute("analyze " + table.table());
            }
            LOG.fine(() -> "Analysed " + tables + " after a large file");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not analyse " + tables + " after a large file; the planner catches up later", e);
        }
    }
}
