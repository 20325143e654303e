package kz.registry.claims.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import kz.registry.money.Money;
import kz.registry.shared.ConflictException;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The fund's own records: its entries (which way money moves) and the payment registers that pay victims. */
class FundMovementsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate MADE = LocalDate.of(2026, 3, 1);

    @Test
    void everySourceButAVictimsPaymentIsMoneyIn() {
        for (FundSource source : FundSource.values()) {
            FundEntry entry = new FundEntry(source, Money.of("10.00", "KZT"), MADE, null, null, null, NOW, "clerk");
            FundDirection expected = source == FundSource.VICTIM_PAYMENT ? FundDirection.OUT : FundDirection.IN;
            assertThat(entry.direction()).as(source.name()).isEqualTo(expected);
            assertThat(entry.snapshot().direction()).isEqualTo(expected.name());
        }
    }

    @Test
    void theFundMovesTengeAboveZeroOnADay() {
        for (Money amount : new Money[] {Money.of("0.00", "KZT"), Money.of("-1.00", "KZT"), Money.of("5.00", "USD")}) {
            assertThatThrownBy(() -> new FundEntry(FundSource.OTHER, amount, MADE, null, null, null, NOW, "clerk"))
                    .as(amount.toString()).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> new FundEntry(FundSource.OTHER, Money.of("1.00", "KZT"), null, null, null, null, NOW,
                "clerk")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new FundEntry(FundSource.OTHER, Money.of("1.00", "KZT"), MADE, "r".repeat(201), null,
                null, NOW, "clerk")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRegisterIsSentThenPaidOnceNeverBeforeItWasMade() {
        PaymentRegister register = new PaymentRegister(Money.of("1500.00", "KZT"), MADE, NOW);
        assertThat(register.number()).matches("PR-2026-[0-9A-F]{8}");
        assertThat(register.status()).isEqualTo(RegisterStatus.SENT);

        assertThatThrownBy(() -> register.paid(MADE.minusDays(1))).isInstanceOf(InvalidInputException.class);
        assertThat(register.status()).isEqualTo(RegisterStatus.SENT);

        register.paid(MADE.plusDays(2));
        assertThat(register.status()).isEqualTo(RegisterStatus.PAID);
        assertThat(register.paidOn()).contains(MADE.plusDays(2));
        assertThat(register.snapshot().status()).isEqualTo("PAID");

        assertThatThrownBy(() -> register.paid(MADE.plusDays(3))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already paid");
        assertThat(register.paidOn()).contains(MADE.plusDays(2));
    }
}
