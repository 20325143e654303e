package kz.registry.operations.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Whether the application has finished starting: schema migrated, first users and demo data in
 * place. The server answers health checks while it is still deploying; readiness waits for this.
 */
@ApplicationScoped
public class ApplicationStarted {

    private volatile boolean started;

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        started = true;
    }

    public boolean isStarted() {
        return started;
    }
}
