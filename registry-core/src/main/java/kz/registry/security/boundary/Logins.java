package kz.registry.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.security.control.LoginPolicy;
import kz.registry.security.control.PasswordHashes;
import kz.registry.security.control.UserLookup;
import kz.registry.security.entity.RegistryUser;
import kz.registry.security.entity.UserSnapshot;

/**
 * Checks a name and password for the authentication mechanisms. Open to anyone, since it is
 * what signing in calls; it answers only valid (with the roles), invalid or locked, and counts
 * failures so that repeated guessing locks the account.
 */
@Stateless
@PermitAll
public class Logins {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    PasswordHashes hashes;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    public enum Outcome { VALID, INVALID, LOCKED }

    public record LoginResult(Outcome outcome, String username, Set<String> roles) {

        static LoginResult invalid() {
            return new LoginResult(Outcome.INVALID, null, Set.of());
        }
    }

    public LoginResult check(String username, char[] password) {
        Optional<RegistryUser> found = UserLookup.byUsername(em, username);
        if (found.isEmpty()) {
            hashes.checkAgainstDecoy(password);
            return LoginResult.invalid();
        }
        RegistryUser user = found.get();
        Instant now = clock.instant();
        if (user.isLockedAt(now)) {
            return new LoginResult(Outcome.LOCKED, user.username(), Set.of());
        }
        if (!user.enabled()) {
            hashes.checkAgainstDecoy(password);
            return LoginResult.invalid();
        }
        if (hashes.matches(password, user.passwordHash())) {
            if (user.failedLogins() > 0 || user.lockedUntil().isPresent()) {
                user.succeedLogin();
            }
            return new LoginResult(Outcome.VALID, user.username(), user.roles());
        }
        LoginPolicy policy = LoginPolicy.configured();
        if (user.failLogin(now, policy.maxFailedLogins(), policy.lockout())) {
            audit.record(new AuditEvent(AuditAction.LOCKED, Users.RECORD_TYPE, user.id().toString(), null,
                    Snapshots.of(UserSnapshot.of(user))));
        }
        return LoginResult.invalid();
    }
}
