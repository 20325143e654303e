package kz.registry.claims.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.registry.money.Money;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class RecoveryTest {

    private final Recovery recovery = new Recovery(UUID.randomUUID(), UUID.randomUUID(), Money.of("1000.00", "KZT"),
            LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void moneyBackIsCountedUntilAllIsBack() {
        assertThat(recovery.status()).isEqualTo(RecoveryStatus.OPEN);

        assertThat(recovery.received(Money.of("400.00", "KZT"))).isFalse();
        assertThat(recovery.outstanding()).isEqualTo(Money.of("600.00", "KZT"));
        assertThat(recovery.status()).isEqualTo(RecoveryStatus.OPEN);

        assertThat(recovery.received(Money.of("600.00", "KZT"))).isTrue();
        assertThat(recovery.outstanding()).isEqualTo(Money.of("0.00", "KZT"));
        assertThat(recovery.status()).isEqualTo(RecoveryStatus.RECOVERED);
        assertThat(recovery.snapshot().status()).isEqualTo("RECOVERED");
    }

    @Test
    void moreThanIsOwedIsRefusedAndChangesNothing() {
        recovery.received(Money.of("900.00", "KZT"));

        assertThatThrownBy(() -> recovery.received(Money.of("100.01", "KZT")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("100.00 KZT outstanding");
        assertThat(recovery.recovered()).isEqualTo(Money.of("900.00", "KZT"));
    }

    @Test
    void nothingOrANegativeAmountIsNoMoneyBack() {
        for (String amount : new String[] {"0.00", "-50.00"}) {
            assertThatThrownBy(() -> recovery.received(Money.of(amount, "KZT")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("above zero");
        }
        assertThat(recovery.recovered()).isEqualTo(Money.of("0.00", "KZT"));
        assertThat(recovery.status()).isEqualTo(RecoveryStatus.OPEN);
    }

    @Test
    void recourseIsOwedInTenge() {
        assertThatThrownBy(() -> recovery.received(Money.of("10.00", "USD")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("KZT");
        assertThat(recovery.recovered()).isEqualTo(Money.of("0.00", "KZT"));
    }
}
