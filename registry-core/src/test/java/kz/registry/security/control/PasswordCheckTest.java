package kz.registry.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import kz.registry.security.entity.RegistryUser;
import kz.registry.shared.Roles;
import org.junit.jupiter.api.Test;

/**
 * Every refusal costs one password hash, like a success: timing must not tell an unknown name
 * from a locked, disabled or existing account. (A locked account used to be refused before any
 * hash was checked: 2-3 ms against 33 ms for an unknown name.)
 */
class PasswordCheckTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");
    private static final LoginPolicy POLICY = new LoginPolicy(5, Duration.ofMinutes(15));
    private static final char[] RIGHT = "the-right-password".toCharArray();
    private static final char[] WRONG = "a-wrong-password".toCharArray();

    /** Counts the hashes checked, and knows one password: the hash "hash-of-the-right-password". */
    private static final class CountingVerifier implements PasswordVerifier {
        int checks;

        @Override
        public boolean matches(char[] password, String hash) {
            checks++;
            return hash.equals("hash-of-" + new String(password));
        }

        @Override
        public void checkAgainstDecoy(char[] password) {
            checks++;
        }
    }

    private final CountingVerifier verifier = new CountingVerifier();

    private static RegistryUser user() {
        return new RegistryUser("clerk", "hash-of-the-right-password", Set.of(Roles.COURT_CLERK), NOON);
    }

    private PasswordCheck.Verdict judge(Optional<RegistryUser> user, char[] password) {
        verifier.checks = 0;
        return PasswordCheck.judge(user, password, NOON, POLICY, verifier);
    }

    @Test
    void anUnknownNameCostsOneHash() {
        assertThat(judge(Optional.empty(), RIGHT)).isEqualTo(PasswordCheck.Verdict.WRONG);
        assertThat(verifier.checks).isEqualTo(1);
    }

    @Test
    void aWrongPasswordCostsOneHash() {
        assertThat(judge(Optional.of(user()), WRONG)).isEqualTo(PasswordCheck.Verdict.WRONG);
        assertThat(verifier.checks).isEqualTo(1);
    }

    @Test
    void aDisabledAccountCostsOneHashAndIsRefusedEvenWithTheRightPassword() {
        RegistryUser disabled = user();
        disabled.enable(false);

        assertThat(judge(Optional.of(disabled), RIGHT)).isEqualTo(PasswordCheck.Verdict.WRONG);
        assertThat(verifier.checks).isEqualTo(1);
    }

    @Test
    void aLockedAccountCostsOneHashWhateverThePassword() {
        RegistryUser locked = user();
        for (int failure = 1; failure < POLICY.maxFailedLogins(); failure++) {
            assertThat(judge(Optional.of(locked), WRONG)).isEqualTo(PasswordCheck.Verdict.WRONG);
        }
        assertThat(judge(Optional.of(locked), WRONG)).isEqualTo(PasswordCheck.Verdict.LOCKED_NOW);

        assertThat(judge(Optional.of(locked), WRONG)).isEqualTo(PasswordCheck.Verdict.LOCKED);
        assertThat(verifier.checks).isEqualTo(1);
        assertThat(judge(Optional.of(locked), RIGHT)).isEqualTo(PasswordCheck.Verdict.LOCKED);
        assertThat(verifier.checks).isEqualTo(1);
    }

    @Test
    void theRightPasswordCostsOneHashAndClearsEarlierFailures() {
        RegistryUser user = user();
        judge(Optional.of(user), WRONG);

        assertThat(judge(Optional.of(user), RIGHT)).isEqualTo(PasswordCheck.Verdict.VALID);
        assertThat(verifier.checks).isEqualTo(1);
        assertThat(user.failedLogins()).isZero();
    }
}
