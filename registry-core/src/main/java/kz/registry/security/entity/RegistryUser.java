package kz.registry.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;

/**
 * A person who signs in to the registry: a name, a password hash (never the password), the
 * roles they act in, and a lock that repeated failed logins close for a while.
 */
@Entity
@Table(name = "registry_user")
public class RegistryUser {

    public static final int USERNAME_LENGTH = 64;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registry_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    private Set<String> roles = new TreeSet<>();

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Raised by every new password: a bearer token issued under an older version is refused. */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    protected RegistryUser() {
        // for JPA
    }

    public RegistryUser(String username, String passwordHash, Set<String> roles, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = checkedUsername(username);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = checkedRoles(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public static String checkedUsername(String username) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._-]{2," + USERNAME_LENGTH + "}")) {
            throw new InvalidInputException("username",
                    "must be 2 to " + USERNAME_LENGTH + " letters, digits, '.', '_' or '-'");
        }
        if (Roles.isSystemName(name)) {
            throw new InvalidInputException("username", "'" + name + "' is the registry's own name; choose another");
        }
        return name;
    }

    private static Set<String> checkedRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "must name at least one of " + Roles.ALL);
        }
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new InvalidInputException("roles", "'" + role + "' is not one of " + Roles.ALL);
            }
        }
        return new TreeSet<>(roles);
    }

    /** Whether the lock closed by failed logins is still closed at that moment. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login; the one that reaches the limit locks the account for the given
     * time. Answers whether this failure locked it.
     */
    public boolean failLogin(Instant now, int limit, Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedLogins = 0; // the last lock has run out: count afresh
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= limit && lockedUntil == null) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void succeedLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void unlock() {
        succeedLogin();
    }

    /** A new password; every bearer token issued under the old one stops working. */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        credentialsVersion++;
    }

    public void changeRoles(Set<String> newRoles) {
        this.roles = checkedRoles(newRoles);
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long credentialsVersion() {
        return credentialsVersion;
    }
}
