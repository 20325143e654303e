package kz.registry.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import kz.registry.shared.Roles;
import org.junit.jupiter.api.Test;

class AccountStandingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Set<String> CLERK = Set.of(Roles.COURT_CLERK);

    @Test
    void anEnabledUnlockedAccountWithTheTokensPasswordVersionMayAct() {
        assertThat(new AccountStanding("clerk", CLERK, true, null, 3, false).refusal(3, NOW)).isEmpty();
        assertThat(new AccountStanding("clerk", CLERK, true, NOW.minusSeconds(1), 3, false).refusal(3, NOW)).isEmpty();
    }

    @Test
    void aTokenIsRefusedOnceItsAccountChanged() {
        assertThat(new AccountStanding("clerk", CLERK, true, null, 4, false).refusal(3, NOW))
                .hasValueSatisfying(why -> assertThat(why).contains("password changed"));
        assertThat(new AccountStanding("clerk", CLERK, false, null, 3, false).refusal(3, NOW))
                .hasValueSatisfying(why -> assertThat(why).contains("disabled"));
        assertThat(new AccountStanding("clerk", CLERK, true, NOW.plusSeconds(60), 3, false).refusal(3, NOW))
                .hasValueSatisfying(why -> assertThat(why).contains("locked"));
        assertThat(new AccountStanding("clerk", CLERK, true, null, 3, true).refusal(3, NOW))
                .hasValueSatisfying(why -> assertThat(why).contains("signed out"));
        assertThat(new AccountStanding("clerk", Set.of(), true, null, 3, false).refusal(3, NOW)).isPresent();
    }
}
