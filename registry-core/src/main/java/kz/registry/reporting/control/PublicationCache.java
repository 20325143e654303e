package kz.registry.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import kz.registry.reporting.entity.Publication;

/**
 * The last publication this process built, served until it is older than the settings' max age:
 * anyone may ask for the open data, and building it reads every claim and the whole ledger, so
 * a burst of readers costs one build (the others wait for it) instead of one each.
 */
@ApplicationScoped
public class PublicationCache {

    private Publication current;

    public synchronized Publication current(Instant now, Duration maxAge, Supplier<Publication> build) {
        if (current == null || !current.built().plus(maxAge).isAfter(now)) {
            current = build.get();
        }
        return current;
    }
}
