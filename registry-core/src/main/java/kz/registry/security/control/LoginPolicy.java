package kz.registry.security.control;

import java.time.Duration;
import kz.registry.shared.Configuration;

/** How many failed logins in a row lock an account, and for how long. */
public record LoginPolicy(int maxFailedLogins, Duration lockout) {

    public static final String MAX_FAILED_LOGINS = "registry.security.max-failed-logins";
    public static final String LOCKOUT_MINUTES = "registry.security.lockout-minutes";

    public static LoginPolicy configured() {
        return new LoginPolicy(Configuration.integer(MAX_FAILED_LOGINS, 5),
                Duration.ofMinutes(Configuration.integer(LOCKOUT_MINUTES, 15)));
    }
}
