package kz.registry.security.entity;

import java.time.Instant;
import java.util.List;

/** A user as the audit trail keeps it: never the password or its hash. */
public record UserSnapshot(String username, List<String> roles, boolean enabled, Instant lockedUntil) {

    public static UserSnapshot of(RegistryUser user) {
        return new UserSnapshot(user.username(), user.roles().stream().sorted().toList(), user.enabled(),
                user.lockedUntil().orElse(null));
    }
}
