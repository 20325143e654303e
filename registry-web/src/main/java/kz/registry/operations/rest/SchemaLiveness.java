package kz.registry.operations.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.registry.operations.boundary.DatabaseProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive when the application is deployed and its start-up brought the database schema to a
 * known version. It asks the database nothing: an unreachable database makes the registry
 * not ready, but restarting the registry would not bring the database back.
 */
@Liveness
@ApplicationScoped
public class SchemaLiveness implements HealthCheck {

    @Inject
    DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        String version = probe.schemaVersion();
        return HealthCheckResponse.named("database-schema")
                .status(!"none".equals(version))
                .withData("schemaVersion", version)
                .build();
    }
}
