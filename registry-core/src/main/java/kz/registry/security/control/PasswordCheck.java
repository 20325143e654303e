package kz.registry.security.control;

import java.time.Instant;
import java.util.Optional;
import kz.registry.security.entity.RegistryUser;

/**
 * Decides a sign-in from the account found (if any), the password given and the lockout policy,
 * and counts the failure or success on the account. Every path checks exactly one password hash,
 * the account's own or a decoy, so that no refusal is quicker than another: an unknown name, a
 * disabled account, a locked account and a wrong password cost the same.
 */
public final class PasswordCheck {

    /** What a check decided, and whether this failure is the one that locked the account. */
    public enum Verdict { VALID, WRONG, LOCKED, LOCKED_NOW }

    private PasswordCheck() {
    }

    public static Verdict judge(Optional<RegistryUser> account, char[] password, Instant now, LoginPolicy policy,
                                PasswordVerifier verifier) {
        if (account.isEmpty()) {
            verifier.checkAgainstDecoy(password);
            return Verdict.WRONG;
        }
        RegistryUser user = account.get();
        if (user.isLockedAt(now)) {
            verifier.matches(password, user.passwordHash()); // the time a check takes, then the same refusal
            return Verdict.LOCKED;
        }
        if (!user.enabled()) {
            verifier.checkAgainstDecoy(password);
            return Verdict.WRONG;
        }
        if (verifier.matches(password, user.passwordHash())) {
            if (user.failedLogins() > 0 || user.lockedUntil().isPresent()) {
                user.succeedLogin();
            }
            return Verdict.VALID;
        }
        return user.failLogin(now, policy.maxFailedLogins(), policy.lockout()) ? Verdict.LOCKED_NOW : Verdict.WRONG;
    }
}
