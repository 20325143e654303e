package kz.registry.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import kz.registry.money.Basis;
import kz.registry.money.Money;
import kz.registry.money.RateFound;
import kz.registry.money.RateUsed;
import kz.registry.money.Restatement;
import kz.registry.reporting.entity.SpendingDimension;
import kz.registry.reporting.entity.SpendingLine;
import kz.registry.reporting.entity.SpendingQuery;
import kz.registry.reporting.entity.SpendingReport;
import org.junit.jupiter.api.Test;

class SpendingRestatementTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final SpendingQuery QUERY = new SpendingQuery(2017, 2017, List.of(), List.of(), null, null, null,
            Set.of(SpendingDimension.PURPOSE));

    /** USD at 500 KZT on the basis; no euro rate at all. */
    private final Restatement restatement = new Restatement((currency, basis) -> switch (currency.getCurrencyCode()) {
        case "KZT" -> RateFound.of(RateUsed.tenge());
        case "USD" -> RateFound.of(new RateUsed("USD", new BigDecimal("500"), "a round test rate", null, null, null,
                "a test", null, null));
        default -> RateFound.none("No official rate of " + currency.getCurrencyCode() + " in 2017.");
    });

    private static SpendingLine line(String purpose, String currency, String allocated, String paid) {
        return new SpendingLine(2017, null, purpose, null, null, null, null, currency, BigDecimal.ZERO,
                new BigDecimal(allocated), BigDecimal.ZERO, new BigDecimal(paid));
    }

    @Test
    void everyRowAndTheTotalAreInTengeAndRestated() {
        SpendingReport report = SpendingRestatement.report(QUERY, List.of(line("shelters", "KZT", "1000000", "250000"),
                line("investigations", "KZT", "150000", "0"), line("investigations", "USD", "100", "0")), USD,
                new Basis.Fixed("test"), restatement);

        assertThat(report.rows()).hasSize(2);
        SpendingReport.Row investigations = report.rows().get(1);
        assertThat(investigations.kzt("allocated")).contains(Money.of("200000.00", "KZT"));
        assertThat(investigations.intoKzt()).as("only the allocation was in dollars").hasSize(1);
        assertThat(investigations.converted("allocated").orElseThrow().converted()).isEqualTo(Money.of("400.00", "USD"));
        assertThat(report.total().kzt()).containsEntry("allocated", Money.of("1200000.00", "KZT"))
                .containsEntry("paid", Money.of("250000.00", "KZT"));
        assertThat(report.total().converted()).containsEntry("allocated", Money.of("2400.00", "USD"))
                .containsEntry("paid", Money.of("500.00", "USD"));
    }

    @Test
    void aPartWithNoRateIntoTengeLeavesItsFigureOutSaysWhyAndConvertsNeitherTheRowNorTheTotal() {
        SpendingReport report = SpendingRestatement.report(QUERY, List.of(line("shelters", "KZT", "1000000", "0"),
                line("investigations", "KZT", "150000", "0"), line("investigations", "EUR", "100", "0")), USD,
                null, restatement);

        SpendingReport.Row shelters = report.rows().get(0);
        assertThat(shelters.unavailable()).isNull();
        assertThat(shelters.converted("allocated").orElseThrow().converted()).isEqualTo(Money.of("2000.00", "USD"));
        SpendingReport.Row investigations = report.rows().get(1);
        assertThat(investigations.kzt("allocated")).as("150,000 KZT and 100 EUR are not 150,000 KZT").isEmpty();
        assertThat(investigations.kzt("paid")).as("no euro was paid: nothing is missing from it")
                .contains(Money.of("0.00", "KZT"));
        assertThat(investigations.unavailable()).isEqualTo("no EUR to KZT rate on the basis: average of the official"
                + " rates of 2017. No official rate of EUR in 2017.");
        assertThat(investigations.converted()).isEmpty();
        assertThat(report.total().kzt()).doesNotContainKey("allocated").containsKey("paid");
        assertThat(report.total().converted()).isNull();
        assertThat(report.basis()).isEqualTo("average of the official rates of each row's fiscal year");
    }
}
