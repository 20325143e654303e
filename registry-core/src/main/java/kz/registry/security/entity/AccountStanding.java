package kz.registry.security.entity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a bearer request re-checks of the account its token names, read afresh on every request:
 * the token carries nobody's rights, so a user disabled, locked, demoted or given a new password
 * is held to it from the next request on, on every node.
 *
 * @param credentialsVersion the account's current credentials version (raised by a new password)
 * @param tokenSignedOut     whether the token's own session was signed out
 */
public record AccountStanding(String username, Set<String> roles, boolean enabled, Instant lockedUntil,
                              long credentialsVersion, boolean tokenSignedOut) {

    public AccountStanding {
        roles = Set.copyOf(roles);
    }

    /**
     * Why a token issued under {@code tokenCredentialsVersion} may not act for this account at
     * {@code now}, or empty when it may.
     */
    public Optional<String> refusal(long tokenCredentialsVersion, Instant now) {
        if (tokenSignedOut) {
            return Optional.of("its session was signed out");
        }
        if (tokenCredentialsVersion != credentialsVersion) {
            return Optional.of("the account's password changed after it was issued");
        }
        if (!enabled) {
            return Optional.of("the account is disabled");
        }
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return Optional.of("the account is locked after repeated failed sign-ins");
        }
        if (roles.isEmpty()) {
            return Optional.of("the account has no role");
        }
        return Optional.empty();
    }
}
