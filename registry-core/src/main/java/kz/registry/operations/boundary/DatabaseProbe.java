package kz.registry.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
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

    /** A round trip to the database, and what it showed. */
    public DatabaseState check() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            String product = connection.getMetaData().getDatabaseProductName();
            return new DatabaseState(valid, product, migration.schemaVersion(), valid ? null : "connection not valid");
        } catch (SQLException e) {
            return new DatabaseState(false, "unknown", migration.schemaVersion(), e.getClass().getSimpleName());
        }
    }

    /** The schema version start-up reached; no round trip. */
    public String schemaVersion() {
        return migration.schemaVersion();
    }

    public record DatabaseState(boolean reachable, String product, String schemaVersion, String problem) {
    }
}
