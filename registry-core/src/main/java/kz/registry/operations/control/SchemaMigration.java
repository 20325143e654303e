package kz.registry.operations.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts, before it serves a request.
 * Flyway runs its own transactions, so this bean manages none (a container transaction
 * around DDL would fight them). A failed migration fails the deployment: the registry never
 * serves on a schema it does not know.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = RegistryDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile String schemaVersion = "none";

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(databaseProduct()))
                .failOnMissingLocations(false)
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now, database " + result.database + ").");
    }

    /**
     * Where the migrations are: those every database runs, and those of this database only
     * (db/migration/postgresql holds what only PostgreSQL can do, such as the audit trail's guard).
     */
    static String[] locations(String databaseProduct) {
        String vendor = databaseProduct.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
    }

    private String databaseProduct() {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate its schema", e);
        }
    }

    /** The schema version this start-up left the database at. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
