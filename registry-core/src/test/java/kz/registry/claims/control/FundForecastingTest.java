package kz.registry.claims.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.registry.claims.control.FundForecasting.Pending;
import kz.registry.claims.entity.FundForecast;
import kz.registry.claims.entity.FundForecast.Range;
import org.junit.jupiter.api.Test;

/**
 * The forecast on a made-up history where every figure is worked out by hand: on 15 March 2030,
 * 3,000,000 KZT approved and unpaid; claim B (2,000,000 KZT at the law's amount) filed 1 December
 * 2029, its decision already due; claim A (1,000,000) filed 20 February 2030, decided by 20 April and
 * paid in May; 8 of 10 decided claims approved; compulsory payments of 500,000 a month for a year
 * but for one month of 200,000 and one of 800,000; other inflows once, 120,000.
 */
class FundForecastingTest {

    private static final LocalDate AS_OF = LocalDate.of(2030, 3, 15);
    private static final List<Pending> PENDING = List.of(
            new Pending(LocalDate.of(2029, 12, 1), new BigDecimal("2000000.00")),
            new Pending(LocalDate.of(2030, 2, 20), new BigDecimal("1000000.00")));

    @Test
    void theApprovalShareAndItsNinetyPercentInterval() {
        // p = 0.8, n = 10, z = 1.6449: (0.8 + 0.135285 -/+ 1.6449 sqrt(0.016 + 0.0067643)) / 1.270570 = 0.5408 and 0.9314
        FundForecast.ApprovalShare share = FundForecasting.share(8, 10);
        assertThat(share.share()).isEqualByComparingTo("0.8");
        assertThat(share.low()).isEqualByComparingTo("0.5408");
        assertThat(share.high()).isEqualByComparingTo("0.9314");
        // nothing decided yet: every pending claim expected approved, anywhere from none to all
        FundForecast.ApprovalShare none = FundForecasting.share(0, 0);
        assertThat(List.of(none.low(), none.share(), none.high())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
    }

    @Test
    void aFundThatCoversEverythingShowsItsRangeMonthByMonth() {
        FundForecast forecast = forecast("10000000.00", "3000000.00", PENDING);

        assertThat(forecast.months()).hasSize(12);
        assertThat(forecast.months().getFirst().month()).isEqualTo(YearMonth.of(2030, 4));
        // inflows: compulsory payments mean 6,000,000 / 12 = 500,000, lowest 200,000, highest 800,000; other
        // inflows mean 120,000 / 12 = 10,000, from 0 to 120,000: 510,000 expected, 200,000 to 920,000
        assertRange(forecast.months().getFirst().inflows(), "200000.00", "510000.00", "920000.00");
        // April: 3,000,000 approved, and claim B (decided by February, paid at once) at 0.5408, 0.8, 0.9314 of 2,000,000
        assertRange(forecast.months().get(0).payouts(), "4081600.00", "4600000.00", "4862800.00");
        // May: claim A, decided in April: 540,800, 800,000, 931,400
        assertRange(forecast.months().get(1).payouts(), "540800.00", "800000.00", "931400.00");
        assertRange(forecast.months().get(2).payouts(), "0.00", "0.00", "0.00");
        // April's balance: 10,000,000 + 200,000 - 4,862,800; + 510,000 - 4,600,000; + 920,000 - 4,081,600
        assertRange(forecast.months().get(0).balance(), "5337200.00", "5910000.00", "6838400.00");
        assertRange(forecast.months().get(1).balance(), "4605800.00", "5620000.00", "7217600.00");
        // then only inflows: March 2031, ten months after May, 5,620,000 + 10 x 510,000
        assertRange(forecast.months().get(11).balance(), "6605800.00", "10720000.00", "16417600.00");
        assertThat(forecast.shortFrom()).isNull();
        assertThat(forecast.atRiskFrom()).isNull();
        assertThat(forecast.pendingClaims()).isEqualTo(2);
        assertThat(forecast.pendingAtLawAmounts()).isEqualByComparingTo("3000000.00");
    }

    @Test
    void aFundThatMightNotCoverAprilIsWarnedOfWhileTheExpectationStillHolds() {
        // April: 4,500,000 + 510,000 - 4,600,000 = 410,000 expected, but 4,500,000 + 200,000 - 4,862,800 = -162,800 at
        // worst, and 4,500,000 + 920,000 - 4,081,600 = 1,338,400 at best
        FundForecast forecast = forecast("4500000.00", "3000000.00", PENDING);

        assertRange(forecast.months().getFirst().balance(), "-162800.00", "410000.00", "1338400.00");
        assertThat(forecast.atRiskFrom()).isEqualTo(YearMonth.of(2030, 4));
        assertThat(forecast.shortFrom()).isNull();
    }

    @Test
    void aLargeClaimDecidedInMayRunsTheFundShortInJune() {
        // claim C: 10,000,000 filed 1 March, decided by 1 May, paid in June: 8,000,000 expected. May ends at
        // 410,000 + 510,000 - 800,000 = 120,000; June at 120,000 + 510,000 - 8,000,000 = -7,370,000
        List<Pending> pending = new ArrayList<>(PENDING);
        pending.add(new Pending(LocalDate.of(2030, 3, 1), new BigDecimal("10000000.00")));
        FundForecast forecast = forecast("4500000.00", "3000000.00", pending);

        assertThat(forecast.months().get(1).balance().expected()).isEqualByComparingTo("120000.00");
        assertThat(forecast.months().get(2).balance().expected()).isEqualByComparingTo("-7370000.00");
        assertThat(forecast.shortFrom()).isEqualTo(YearMonth.of(2030, 6));
        assertThat(forecast.atRiskFrom()).isEqualTo(YearMonth.of(2030, 4));
    }

    private static FundForecast forecast(String balance, String approvedUnpaid, List<Pending> pending) {
        List<BigDecimal> compulsory = new ArrayList<>(Collections.nCopies(12, new BigDecimal("500000.00")));
        compulsory.set(3, new BigDecimal("200000.00"));
        compulsory.set(8, new BigDecimal("800000.00"));
        List<BigDecimal> other = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        other.set(5, new BigDecimal("120000.00"));
        Map<String, List<BigDecimal>> inflows = new LinkedHashMap<>();
        inflows.put("COMPULSORY_PAYMENT", compulsory);
        inflows.put("OTHER", other);
        return FundForecasting.forecast(AS_OF, new BigDecimal(balance), new BigDecimal(approvedUnpaid), pending, 8, 10,
                inflows, List.of());
    }

    private static void assertRange(Range range, String low, String expected, String high) {
        assertThat(List.of(range.low(), range.expected(), range.high())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(low), new BigDecimal(expected), new BigDecimal(high));
    }
}
