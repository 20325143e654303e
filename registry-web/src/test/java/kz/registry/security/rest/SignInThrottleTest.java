package kz.registry.security.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-30T12:00:00Z");

    private SignInThrottle throttle(int limit) {
        SignInThrottle throttle = new SignInThrottle();
        throttle.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        throttle.configure(limit, Duration.ofMinutes(5));
        return throttle;
    }

    @Test
    void anAddressIsRefusedFromItsLimitOfFailuresUntilTheWindowEnds() {
        SignInThrottle throttle = throttle(3);
        throttle.failed("203.0.113.1");
        throttle.failed("203.0.113.1");
        assertThat(throttle.refusedFor("203.0.113.1")).isEmpty();

        throttle.failed("203.0.113.1");

        assertThat(throttle.refusedFor("203.0.113.1")).hasValue(301);
        assertThat(throttle.refusedFor("203.0.113.2")).isEmpty();
        now = now.plus(Duration.ofMinutes(4));
        assertThat(throttle.refusedFor("203.0.113.1")).hasValue(61);
        now = now.plus(Duration.ofMinutes(1));
        assertThat(throttle.refusedFor("203.0.113.1")).isEmpty();
        throttle.failed("203.0.113.1");
        assertThat(throttle.refusedFor("203.0.113.1")).isEmpty();
    }
}
