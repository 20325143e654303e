package kz.registry.operations.control;

/**
 * The one data source of the registry. On Payara Micro the WAR defines it from MicroProfile
 * Config ({@code registry.db.*}); on a full server the EAR maps this name to a JDBC resource
 * the operator created (see {@code config/glassfish-datasource.asadmin}).
 */
public final class RegistryDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/registry";

    private RegistryDataSource() {
    }
}
