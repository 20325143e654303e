package kz.registry.operations.control;

/**
 * The one data source of the registry. On Payara Micro the WAR defines it from MicroProfile
 * Config ({@code registry.db.*}); on a full server the EAR declares it with
 * {@link ConfiguredDataSource}, which reads the same settings.
 */
public final class RegistryDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/registry";

    private RegistryDataSource() {
    }
}
