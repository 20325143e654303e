package kz.registry.money.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import kz.registry.money.Money;
import org.junit.jupiter.api.Test;

class CrossRatesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency UZS = Currency.getInstance("UZS");
    private static final Currency KRW = Currency.getInstance("KRW");

    @Test
    void theSeedsFiguresAtTheReportsRate() {
        // 2018 TIP report: 162.7 million KZT ($491,080), 159 million ($479,910), 3.7 million ($11,170)
        BigDecimal report = new BigDecimal("331.31");

        assertThat(CrossRates.convert(Money.of("162700000", "KZT"), BigDecimal.ONE, USD, report).amount())
                .isEqualByComparingTo("491080.86");
        assertThat(CrossRates.convert(Money.of("159000000", "KZT"), BigDecimal.ONE, USD, report).amount())
                .isEqualByComparingTo("479913.07");
        assertThat(CrossRates.convert(Money.of("3700000", "KZT"), BigDecimal.ONE, USD, report).amount())
                .isEqualByComparingTo("11167.79");
    }

    @Test
    void crossRatesGoThroughTheTenge() {
        // 100 USD at 332.33 KZT, into UZS at 4.10 KZT per 100 UZS = 0.041 KZT per UZS: 33,233 KZT / 0.041
        Money uzs = CrossRates.convert(Money.of("100", "USD"), new BigDecimal("332.33"), UZS, new BigDecimal("0.041"));

        assertThat(uzs).isEqualTo(Money.of("810560.98", "UZS"));
        assertThat(CrossRates.crossRate(new BigDecimal("332.33"), new BigDecimal("0.041")))
                .isEqualByComparingTo("8105.609756097561");
    }

    @Test
    void theResultIsRoundedOnceToTheTargetsMinorUnitHalfToEven() {
        // 1 KZT at 0.25 KZT per KRW is 4 KRW exactly; 1.5 KZT at 1 KZT per KRW is 1.5 KRW: half to even gives 2
        assertThat(CrossRates.convert(Money.of("1.50", "KZT"), BigDecimal.ONE, KRW, BigDecimal.ONE))
                .isEqualTo(Money.of("2", "KRW"));
        assertThat(CrossRates.convert(Money.of("2.50", "KZT"), BigDecimal.ONE, KRW, BigDecimal.ONE))
                .isEqualTo(Money.of("2", "KRW"));
    }

    @Test
    void aMeanKeepsTwelveDecimals() {
        assertThat(CrossRates.mean(List.of(new BigDecimal("331.30"), new BigDecimal("333.30"), new BigDecimal("326.00"))))
                .isEqualByComparingTo("330.200000000000");
        assertThat(CrossRates.mean(List.of(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("2"))))
                .isEqualByComparingTo("1.333333333333");
    }
}
