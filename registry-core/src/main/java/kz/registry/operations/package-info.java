/**
 * Operations: what makes the registry run and shows that it does.
 * <p>
 * Owns the database schema (Flyway migrations under {@code db/migration}, applied at start-up
 * before any request) and the name of the data source every capability uses,
 * {@link kz.registry.operations.control.RegistryDataSource#JNDI_NAME}. Offers
 * {@link kz.registry.operations.boundary.DatabaseProbe} to health checks.
 */
package kz.registry.operations;
