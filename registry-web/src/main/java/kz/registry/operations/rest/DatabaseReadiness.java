package kz.registry.operations.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.registry.operations.boundary.DatabaseProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the application has started and the database answers a round trip and accepts a
 * write: the registry can serve requests. A database that only reads makes the registry not
 * ready, so a balancer sends no one to a node that would refuse every change.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseProbe probe;

    @Inject
    ApplicationStarted application;

    @Override
    public HealthCheckResponse call() {
        DatabaseProbe.DatabaseState state = probe.check();
        var response = HealthCheckResponse.named("database")
                .status(state.reachable() && state.writable() && application.isStarted())
                .withData("started", application.isStarted())
                .withData("writable", state.writable())
                .withData("database", state.product())
                .withData("schemaVersion", state.schemaVersion());
        if (state.problem() != null) {
            response.withData("problem", state.problem());
        }
        return response.build();
    }
}
