package kz.registry.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import kz.registry.money.Restatement.Restated;
import kz.registry.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class RestatementTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Basis TIP_2018 = new Basis.Fixed("TIP 2018");

    private final List<String> lookups = new ArrayList<>();

    /** KZT per unit as the US TIP report 2018 implies it (3,700,000 KZT printed as $11,168): 331.31; no euro. */
    private final Restatement restatement = new Restatement((currency, basis) -> {
        lookups.add(currency.getCurrencyCode() + "@" + basis.describe());
        return switch (currency.getCurrencyCode()) {
            case "KZT" -> RateFound.of(RateUsed.tenge());
            case "USD" -> RateFound.of(new RateUsed("USD", new BigDecimal("331.31"), "fixed rate 'TIP 2018'", null, null,
                    null, "the report", null, null));
            default -> RateFound.none("The fixed rate 'TIP 2018' has no rate for " + currency.getCurrencyCode() + ".");
        };
    });

    @Test
    void anAmountIsRestatedThroughTheTengeRoundedOnceToTheTargetsMinorUnit() {
        Restated restated = restatement.restate(Money.of("3700000.00", "KZT"), USD, TIP_2018);

        assertThat(restated.isMissing()).isFalse();
        assertThat(restated.value()).contains(Money.of("11167.79", "USD"));
        assertThat(restated.conversion().basis()).isEqualTo("fixed rate 'TIP 2018'");
    }

    @Test
    void eachRateIsLookedUpOnceHoweverManyAmountsUseIt() {
        for (int i = 1; i <= 50; i++) {
            restatement.restate(Money.of(i + "000.00", "KZT"), USD, TIP_2018);
        }
        assertThat(lookups).containsExactlyInAnyOrder("KZT@fixed rate 'TIP 2018'", "USD@fixed rate 'TIP 2018'");
    }

    @Test
    void aMissingRateIsSaidInTheSameWordsEverywhereAndNeverGuessed() {
        Restated missing = restatement.restate(Money.of("100.00", "EUR"), USD, TIP_2018);

        assertThat(missing.isMissing()).isTrue();
        assertThat(missing.value()).isEmpty();
        assertThat(missing.original()).isEqualTo(Money.of("100.00", "EUR"));
        String words = "no EUR to USD rate on the basis: fixed rate 'TIP 2018'. The fixed rate 'TIP 2018' has no rate for EUR.";
        assertThat(missing.missing()).isEqualTo(words);
        assertThatThrownBy(() -> restatement.orRefuse(Money.of("100.00", "EUR"), USD, TIP_2018))
                .isInstanceOf(BusinessRuleException.class).hasMessage(words);
        assertThat(restatement.restate(Money.of("100.00", "KZT"), EUR, TIP_2018).missing())
                .startsWith("no KZT to EUR rate on the basis: fixed rate 'TIP 2018'.");
    }

    @Test
    void tengeNeedNoRateToBeTenge() {
        Restated kzt = restatement.intoTenge(Money.of("5.00", "KZT"), TIP_2018);

        assertThat(kzt.value()).contains(Money.of("5.00", "KZT"));
        assertThat(kzt.conversion()).isNull();
        assertThat(lookups).isEmpty();
    }
}
