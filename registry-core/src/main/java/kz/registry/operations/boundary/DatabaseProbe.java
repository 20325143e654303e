package kz.registry.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import kz.registry.operations.control.RegistryDataSource;
import kz.registry.operations.control.SchemaMigration;

/**
 * Answers health checks: can the registry reach its database right now, and at which schema
 * version did start-up leave it. Lives in an EJB because a resource injected straight into a
 * health check works on Payara Micro but not on GlassFish.
 */
@Stateless
@PermitAll // health checks answer anyone: they tell whether the registry runs, nothing of its data
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = RegistryDataSource.JNDI_NAME)
    DataSource dataSource;

    @EJB
    SchemaMigration migration;

    /**
     * A round trip to the database, and what it showed: whether it answers, and whether it
     * accepts writes (a row of {@code readiness_probe} is updated and the change rolled back; a
     * read-only database answers reads and would otherwise pass for ready).
     */
    public DatabaseState check() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            String product = connection.getMetaData().getDatabaseProductName();
            if (!valid) {
                return new DatabaseState(false, false, product, migration.schemaVersion(), "connection not valid");
            }
            String refusal = writeRefusal(connection);
            return new DatabaseState(true, refusal == null, product, migration.schemaVersion(), refusal);
        } catch (SQLException e) {
            return new DatabaseState(false, false, "unknown", migration.schemaVersion(), e.getClass().getSimpleName());
        }
    }

    /** Why the database refuses a write, or null when it takes one; the write is rolled back either way. */
    private static String writeRefusal(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement(
                "update readiness_probe set checked_at = ? where id = 1")) {
            update.setQueryTimeout(TIMEOUT_SECONDS);
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            update.executeUpdate();
            return null;
        } catch (SQLException refused) {
            return "refuses writes (SQLState " + refused.getSQLState() + ")";
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The schema version start-up reached; no round trip. */
    public String schemaVersion() {
        return migration.schemaVersion();
    }

    public record DatabaseState(boolean reachable, boolean writable, String product, String schemaVersion,
                                String problem) {
    }
}
