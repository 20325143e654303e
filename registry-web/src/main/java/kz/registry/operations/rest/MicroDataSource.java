package kz.registry.operations.rest;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import kz.registry.operations.control.RegistryDataSource;

/**
 * The registry's data source on Payara Micro, from MicroProfile Config: by default an H2 file
 * under ./data, PostgreSQL when REGISTRY_DB_CLASS, REGISTRY_DB_URL, REGISTRY_DB_USER and
 * REGISTRY_DB_PASSWORD say so. The EAR's WAR leaves this class out: on a full server the
 * operator owns the data source.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = RegistryDataSource.JNDI_NAME,
        className = "${MPCONFIG=registry.db.class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=registry.db.url:jdbc:h2:file:./data/registry}",
        user = "${MPCONFIG=registry.db.user:registry}",
        password = "${MPCONFIG=registry.db.password:registry}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true"
        })
public class MicroDataSource {
}
