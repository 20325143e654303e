package kz.registry.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class TengeFiguresTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Basis TIP_2018 = new Basis.Fixed("TIP 2018");

    /** 331.31 KZT per dollar (the US TIP report 2018's 3,700,000 KZT = $11,168); no euro, and nothing into euro. */
    private final Restatement restatement = new Restatement((currency, basis) -> switch (currency.getCurrencyCode()) {
        case "KZT" -> RateFound.of(RateUsed.tenge());
        case "USD" -> RateFound.of(new RateUsed("USD", new BigDecimal("331.31"), "fixed rate 'TIP 2018'", null, null,
                null, "the report", null, null));
        default -> RateFound.none("The fixed rate 'TIP 2018' has no rate for " + currency.getCurrencyCode() + ".");
    });

    private TengeFigures<String> figures() {
        return new TengeFigures<>(List.of("allocated", "paid"));
    }

    @Test
    void amountsInOtherCurrenciesAreSummedInTengeAndRestatedTogether() {
        TengeFigures<String> figures = figures();
        figures.add("allocated", restatement.intoTenge(Money.of("3700000.00", "KZT"), TIP_2018));
        figures.add("allocated", restatement.intoTenge(Money.of("100.00", "USD"), TIP_2018));

        // 3,700,000 + 100 x 331.31 = 3,733,131 KZT; at 331.31 that is $11,267.79; nothing paid is $0.00
        assertThat(figures.kzt()).containsExactly(
                java.util.Map.entry("allocated", Money.of("3733131.00", "KZT")),
                java.util.Map.entry("paid", Money.of("0.00", "KZT")));
        assertThat(figures.intoKzt()).hasSize(1);
        var restated = figures.restated(USD, TIP_2018, restatement);
        assertThat(restated.get("allocated").converted()).isEqualTo(Money.of("11267.79", "USD"));
        assertThat(restated.get("paid").converted()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(figures.unavailable()).isNull();
    }

    @Test
    void aFigureWithAPartThatCannotBePutIntoTengeHasNoSumAndTheLineNoRestatement() {
        TengeFigures<String> figures = figures();
        figures.add("allocated", restatement.intoTenge(Money.of("1000.00", "KZT"), TIP_2018));
        figures.add("paid", restatement.intoTenge(Money.of("5.00", "EUR"), TIP_2018));
        figures.add("paid", restatement.intoTenge(Money.of("7.00", "GBP"), TIP_2018));

        assertThat(figures.kzt()).containsOnlyKeys("allocated");
        assertThat(figures.restated(USD, TIP_2018, restatement)).isEmpty();
        assertThat(figures.unavailable()).as("the first reason").contains("EUR").doesNotContain("GBP");
    }

    @Test
    void aLineThatCannotBeRestatedInTheTargetHasNoRestatedFigureAtAll() {
        TengeFigures<String> figures = figures();
        figures.add("allocated", restatement.intoTenge(Money.of("1000.00", "KZT"), TIP_2018));

        assertThat(figures.restated(EUR, TIP_2018, restatement)).isEmpty();
        assertThat(figures.unavailable()).startsWith("no KZT to EUR rate on the basis: fixed rate 'TIP 2018'.");
        assertThat(figures.kzt()).containsEntry("allocated", Money.of("1000.00", "KZT"));
    }
}
