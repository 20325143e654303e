package kz.registry.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void anAmountTakesItsCurrencysScale() {
        assertThat(Money.of("162700000", "KZT").amount()).isEqualByComparingTo("162700000.00")
                .hasToString("162700000.00");
        assertThat(Money.of("1000", "KRW").amount()).hasToString("1000");
        assertThat(Money.of("491080.5", "usd").code()).isEqualTo("USD");
    }

    @Test
    void moreDecimalsThanTheCurrencyHasIsAnInputErrorNotARounding() {
        assertThatThrownBy(() -> Money.of("10.005", "KZT"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("amount"));
        assertThatThrownBy(() -> Money.of("10.5", "KRW")).isInstanceOf(InvalidInputException.class);
        assertThat(Money.of("10.500", "KZT").amount()).hasToString("10.50");
    }

    @Test
    void roundingIsAskedForByMode() {
        Currency kzt = Currency.getInstance("KZT");
        assertThat(Money.rounded(new BigDecimal("2.345"), kzt, RoundingMode.HALF_EVEN).amount()).hasToString("2.34");
        assertThat(Money.rounded(new BigDecimal("2.345"), kzt, RoundingMode.HALF_UP).amount()).hasToString("2.35");
        assertThat(Money.rounded(new BigDecimal("2.355"), kzt, RoundingMode.HALF_EVEN).amount()).hasToString("2.36");
    }

    @Test
    void sumsAreExact() {
        Money shelters = Money.of("159000000.00", "KZT");
        Money investigations = Money.of("3700000.00", "KZT");

        assertThat(shelters.plus(investigations)).isEqualTo(Money.of("162700000", "KZT"));
        assertThat(Money.of("0.10", "KZT").plus(Money.of("0.20", "KZT"))).isEqualTo(Money.of("0.30", "KZT"));
        assertThat(investigations.minus(shelters).isNegative()).isTrue();
    }

    @Test
    void twoCurrenciesNeverAddUp() {
        assertThatThrownBy(() -> Money.of("1", "KZT").plus(Money.of("1", "USD")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("convert");
    }

    @Test
    void unknownCurrenciesAreRefused() {
        assertThatThrownBy(() -> Money.of("1", "XYZ"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("currency"));
        assertThatThrownBy(() -> Money.of("one", "KZT")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void negatesMultipliesAndComparesWithinItsCurrency() {
        Money grant = Money.of("3932.00", "KZT");

        assertThat(grant.times(new BigDecimal("30"), RoundingMode.UNNECESSARY)).isEqualTo(Money.of("117960.00", "KZT"));
        assertThat(grant.times(new BigDecimal("0.333"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("1309.36", "KZT"));
        assertThat(grant.negate()).isEqualTo(Money.of("-3932.00", "KZT"));
        assertThat(grant.negate().isNegative()).isTrue();
        assertThat(grant.plus(grant.negate()).isZero()).isTrue();
        assertThat(grant.isPositive()).isTrue();
        assertThat(Money.kzt(new BigDecimal("5.5"))).isEqualTo(Money.of("5.50", "KZT"));
        assertThatThrownBy(() -> grant.compareTo(Money.of("1.00", "USD"))).isInstanceOf(BusinessRuleException.class);
    }
}
