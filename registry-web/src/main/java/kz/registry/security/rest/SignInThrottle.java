package kz.registry.security.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import kz.registry.shared.Configuration;

/**
 * Slows password guessing across many names from one address, which the per-account lockout
 * cannot see: after {@code registry.security.sign-in-failures-per-address} failed sign-ins
 * within {@code registry.security.sign-in-window-minutes}, every sign-in from that address is
 * refused (429) until the window ends, right password or not. Counted per registry process:
 * behind a balancer of N nodes an address gets at most N times the limit.
 */
@ApplicationScoped
public class SignInThrottle {

    static final String FAILURES_PER_ADDRESS = "registry.security.sign-in-failures-per-address";
    static final String WINDOW_MINUTES = "registry.security.sign-in-window-minutes";
    /** Beyond this many addresses, windows that ended are dropped, then the oldest: memory stays bounded. */
    static final int MAX_ADDRESSES = 100_000;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private int limit;
    private Duration window;

    @PostConstruct
    void configure() {
        configure(Configuration.integer(FAILURES_PER_ADDRESS, 20), Duration.ofMinutes(Configuration.integer(WINDOW_MINUTES, 5)));
    }

    void configure(int failuresPerAddress, Duration windowLength) {
        if (failuresPerAddress < 1 || windowLength.isNegative() || windowLength.isZero()) {
            throw new IllegalStateException(FAILURES_PER_ADDRESS + " and " + WINDOW_MINUTES + " must be 1 or more");
        }
        this.limit = failuresPerAddress;
        this.window = windowLength;
    }

    /** Seconds until sign-ins from this address are heard again, if they are refused now. */
    public OptionalLong refusedFor(String address) {
        Instant now = clock.instant();
        Window current = windows.get(address);
        if (current == null || !current.end().isAfter(now) || current.failures() < limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.between(now, current.end()).toSeconds() + 1));
    }

    /** Counts a failed sign-in from this address. */
    public void failed(String address) {
        Instant now = clock.instant();
        windows.compute(address, (key, current) -> current == null || !current.end().isAfter(now)
                ? new Window(now.plus(window), 1) : new Window(current.end(), current.failures() + 1));
        if (windows.size() > MAX_ADDRESSES) {
            prune(now);
        }
    }

    private void prune(Instant now) {
        windows.values().removeIf(w -> !w.end().isAfter(now));
        var oldestFirst = windows.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.comparing(Window::end))).iterator();
        while (windows.size() > MAX_ADDRESSES && oldestFirst.hasNext()) {
            windows.remove(oldestFirst.next().getKey());
        }
    }

    private record Window(Instant end, int failures) {
    }
}
