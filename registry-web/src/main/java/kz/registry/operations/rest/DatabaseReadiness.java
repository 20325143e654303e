package kz.registry.operations.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.registry.operations.boundary.DatabaseProbe;
import kz.registry.operations.boundary.RegistryNodes;
import kz.registry.shared.Configuration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the application has started and the database answers a round trip and accepts a
 * write: the registry can serve requests. A database that only reads makes the registry not
 * ready, so a balancer sends no one to a node that would refuse every change. Nor is a node whose
 * clock is more than {@code registry.cluster.max-clock-offset-seconds} (60) off the database's:
 * its tokens' times and its audit entries' times would disagree with the other nodes'.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String MAX_CLOCK_OFFSET = "registry.cluster.max-clock-offset-seconds";

    @Inject
    DatabaseProbe probe;

    @Inject
    ApplicationStarted application;

    @Inject
    RegistryNodes nodes;

    @Override
    public HealthCheckResponse call() {
        DatabaseProbe.DatabaseState state = probe.check();
        long offset = nodes.clockOffset().toSeconds();
        int allowed = Configuration.integer(MAX_CLOCK_OFFSET, 60);
        boolean clockInStep = Math.abs(offset) <= allowed;
        var response = HealthCheckResponse.named("database")
                .status(state.reachable() && state.writable() && application.isStarted() && clockInStep)
                .withData("clockOffsetSeconds", offset)
                .withData("started", application.isStarted())
                .withData("writable", state.writable())
                .withData("database", state.product())
                .withData("schemaVersion", state.schemaVersion());
        if (state.problem() != null) {
            response.withData("problem", state.problem());
        } else if (!clockInStep) {
            response.withData("problem", "this node's clock is " + offset + " s off the database's (at most "
                    + allowed + " s): tokens and audit times would disagree");
        }
        return response.build();
    }
}
