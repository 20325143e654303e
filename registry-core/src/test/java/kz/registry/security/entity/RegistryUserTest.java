package kz.registry.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import org.junit.jupiter.api.Test;

class RegistryUserTest {

    private static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final RegistryUser user = new RegistryUser("clerk", "hash", Set.of(Roles.COURT_CLERK), NOON);

    @Test
    void theFifthFailureInARowLocksForTheLockoutTime() {
        for (int failure = 1; failure < 5; failure++) {
            assertThat(user.failLogin(NOON, 5, LOCK)).isFalse();
        }
        assertThat(user.isLockedAt(NOON)).isFalse();

        assertThat(user.failLogin(NOON, 5, LOCK)).isTrue();

        assertThat(user.isLockedAt(NOON.plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(user.isLockedAt(NOON.plus(LOCK))).isFalse();
    }

    @Test
    void aSuccessResetsTheCount() {
        user.failLogin(NOON, 5, LOCK);
        user.failLogin(NOON, 5, LOCK);

        user.succeedLogin();

        assertThat(user.failedLogins()).isZero();
        for (int failure = 1; failure < 5; failure++) {
            user.failLogin(NOON, 5, LOCK);
        }
        assertThat(user.isLockedAt(NOON)).isFalse();
    }

    @Test
    void afterALockRunsOutTheCountStartsAfresh() {
        for (int failure = 0; failure < 5; failure++) {
            user.failLogin(NOON, 5, LOCK);
        }
        Instant later = NOON.plus(LOCK).plusSeconds(1);

        assertThat(user.failLogin(later, 5, LOCK)).isFalse();
        assertThat(user.failedLogins()).isEqualTo(1);
        assertThat(user.isLockedAt(later)).isFalse();
    }

    @Test
    void namesAndRolesAreChecked() {
        assertThatThrownBy(() -> new RegistryUser("a b", "hash", Set.of(Roles.AUDITOR), NOON))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("username"));
        assertThatThrownBy(() -> new RegistryUser("auditor2", "hash", Set.of("superuser"), NOON))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("roles"));
        assertThatThrownBy(() -> user.changeRoles(Set.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void noUserTakesTheRegistrysOwnNameInAnyCase() {
        for (String name : new String[] {"system", "System", " SYSTEM "}) {
            assertThatThrownBy(() -> new RegistryUser(name, "hash", Set.of(Roles.AUDITOR), NOON))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("the registry's own name");
        }
        assertThat(new RegistryUser("system.admin", "hash", Set.of(Roles.AUDITOR), NOON).username()).isEqualTo("system.admin");
    }
}
