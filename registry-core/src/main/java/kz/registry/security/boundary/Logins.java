package kz.registry.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.security.control.LoginPolicy;
import kz.registry.security.control.PasswordCheck;
import kz.registry.security.control.PasswordHashes;
import kz.registry.security.control.UserLookup;
import kz.registry.security.entity.RegistryUser;
import kz.registry.security.entity.UserSnapshot;

/**
 * Checks a name and password for the authentication mechanisms. Open to anyone, since it is
 * what signing in calls; it answers only valid (with the roles), invalid or locked, and counts
 * failures so that repeated guessing locks the account. Every answer costs one password hash,
 * whatever the reason for a refusal: an unknown name, a disabled or locked account and a wrong
 * password take the same time, so timing tells nobody which names exist.
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

    /**
     * What a check found: for a valid one, the user, the roles and the credentials version a
     * bearer token issued now must carry.
     */
    public record LoginResult(Outcome outcome, UUID userId, String username, Set<String> roles,
                              long credentialsVersion) {

        static LoginResult invalid() {
            return new LoginResult(Outcome.INVALID, null, null, Set.of(), 0);
        }

        static LoginResult locked() {
            return new LoginResult(Outcome.LOCKED, null, null, Set.of(), 0);
        }
    }

    public LoginResult check(String username, char[] password) {
        Optional<RegistryUser> found = UserLookup.byUsername(em, username);
        PasswordCheck.Verdict verdict = PasswordCheck.judge(found, password, clock.instant(), LoginPolicy.configured(), hashes);
        return switch (verdict) {
            case VALID -> {
                RegistryUser user = found.orElseThrow();
                yield new LoginResult(Outcome.VALID, user.id(), user.username(), user.roles(), user.credentialsVersion());
            }
            case LOCKED -> LoginResult.locked();
            case LOCKED_NOW -> {
                RegistryUser user = found.orElseThrow();
                audit.record(new AuditEvent(AuditAction.LOCKED, Users.RECORD_TYPE, user.id().toString(), null,
                        Snapshots.of(UserSnapshot.of(user))));
                yield LoginResult.invalid();
            }
            case WRONG -> LoginResult.invalid();
        };
    }
}
