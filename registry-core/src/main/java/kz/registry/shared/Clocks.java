package kz.registry.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of the registry, injected wherever time matters so tests can fix it. It ticks in
 * microseconds, the finest both databases keep: a moment the registry answers right after a
 * change is the moment it reads back later (a replayed answer, an audit entry, a history).
 */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock systemClock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
