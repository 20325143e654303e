package kz.registry.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Every expected figure below is worked out by hand in the comment beside it. */
class RateDerivationTest {

    private static final Rounding TENS_HALF_UP = new Rounding(new BigDecimal("10"), RoundingRule.HALF_UP);

    /** The US TIP report 2018, Kazakhstan: the four KZT figures it prints with their dollars, rounded to $10. */
    private static final List<PrintedPair> TIP_2018 = List.of(pair("162700000", "491080"), pair("159000000", "479910"),
            pair("3700000", "11170"), pair("25970000", "78390"));

    @Test
    void theReportsFourPairsLeaveOneRateWithTwoDecimals() {
        RateDerivation.Derived derived = RateDerivation.derive(TIP_2018, TENS_HALF_UP);

        // $479,910 is printed for every figure from 479,905 up to 479,915 (half up), so the rate is above
        // 159,000,000 / 479,915: 479,915 x 331.3 = 158,995,839.5, and 4,160.5 / 479,915 = 0.0086692...
        assertThat(derived.low().setScale(6, RoundingMode.DOWN)).isEqualByComparingTo("331.308669");
        assertThat(derived.lowIncluded()).isFalse();
        // $78,390 needs a figure of at least 78,385: a rate of at most 25,970,000 / 78,385:
        // 78,385 x 331.3 = 25,968,950.5, and 1,049.5 / 78,385 = 0.0133890...
        assertThat(derived.high().setScale(6, RoundingMode.DOWN)).isEqualByComparingTo("331.313389");
        assertThat(derived.highIncluded()).isTrue();
        // with one decimal: 331.3 is below the interval, 331.4 above it; with two, 331.31 alone fits (331.32 is above)
        assertThat(derived.kztPerUnit()).isEqualByComparingTo("331.31");
        assertThat(derived.decimals()).isEqualTo(2);
        assertThat(derived.candidates()).isEqualTo(1L);
        assertThat(derived.choice()).startsWith("331.31: ").contains("fewest decimal places (2)")
                .contains("above 331.308669 up to 331.31339");
        assertThat(RateDerivation.notReproduced(TIP_2018, TENS_HALF_UP, derived.kztPerUnit())).isEmpty();
    }

    @Test
    void roundingToOneDollarNarrowsTheRateToAWholeNumber() {
        Rounding dollars = new Rounding(BigDecimal.ONE, RoundingRule.HALF_UP);
        // 1,000,000 KZT = $2,604: rate in (1,000,000 / 2,604.5, 1,000,000 / 2,603.5] = (383.95, 384.10];
        // 500,000 KZT = $1,302: (500,000 / 1,302.5, 500,000 / 1,301.5] = (383.88, 384.17]. 384 is the only whole rate.
        RateDerivation.Derived derived = RateDerivation.derive(List.of(pair("1000000", "2604"), pair("500000", "1302")),
                dollars);

        assertThat(derived.kztPerUnit()).isEqualByComparingTo("384");
        assertThat(derived.decimals()).isZero();
        // checked back: 1,000,000 / 384 = 2,604.17 prints $2,604; 500,000 / 384 = 1,302.08 prints $1,302
        assertThat(dollars.of(new BigDecimal("1000000"), derived.kztPerUnit())).isEqualByComparingTo("2604");
    }

    @Test
    void roundingToAHundredLeavesSeveralRatesAndTheMiddleOneIsChosen() {
        Rounding hundreds = new Rounding(new BigDecimal("100"), RoundingRule.HALF_UP);
        // 45,000,000 KZT = $117,100: the figure is from 117,050 up to 117,150, so the rate is above
        // 45,000,000 / 117,150 = 384.1229 and at most 45,000,000 / 117,050 = 384.4511. No whole rate fits
        // (384 is below, 385 above); with one decimal 384.2, 384.3 and 384.4 do, and the middle of the
        // interval, (384.1229 + 384.4511) / 2 = 384.287, is nearest 384.3.
        RateDerivation.Derived derived = RateDerivation.derive(List.of(pair("45000000", "117100")), hundreds);

        assertThat(derived.kztPerUnit()).isEqualByComparingTo("384.3");
        assertThat(derived.candidates()).isEqualTo(3L);
        assertThat(derived.choice()).contains("nearest the middle").contains("3 rates with 1 decimal place fit");
    }

    @Test
    void cuttingOffAllowsTheRatesWhoseFigureIsFromThePrintedOneToTheNextUnit() {
        Rounding cut = new Rounding(BigDecimal.ONE, RoundingRule.DOWN);
        // 1,000 KZT printed as $2, cut off: the figure is from 2 up to 3, the rate above 1,000 / 3 = 333.33
        // and at most 1,000 / 2 = 500. Whole rates 334 to 500 fit (167); the middle, 416.67, gives 417.
        RateDerivation.Derived derived = RateDerivation.derive(List.of(pair("1000", "2")), cut);

        assertThat(derived.kztPerUnit()).isEqualByComparingTo("417");
        assertThat(derived.candidates()).isEqualTo(167L);
        assertThat(cut.of(new BigDecimal("1000"), new BigDecimal("500"))).isEqualByComparingTo("2");
        assertThat(cut.of(new BigDecimal("1000"), new BigDecimal("333.34"))).isEqualByComparingTo("2");
    }

    @Test
    void pairsNoSingleRateSatisfiesAreRefusedByName() {
        // 1,000 KZT = $3 needs a rate above 1,000 / 3.5 = 285.714285; 1,000 KZT = $4 one of at most 1,000 / 3.5 too
        assertThatThrownBy(() -> RateDerivation.derive(List.of(pair("1000", "3"), pair("1000", "4"), pair("2000", "7")),
                new Rounding(BigDecimal.ONE, RoundingRule.HALF_UP)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("No single rate reproduces every printed pair")
                .hasMessageContaining("1000 KZT = 3 needs a rate above 285.714285")
                .hasMessageContaining("1000 KZT = 4 needs one at most 285.714286");
    }

    @Test
    void aPrintedFigureThatIsNotAMultipleOfTheUnitIsNamed() {
        assertThatThrownBy(() -> RateDerivation.derive(List.of(pair("162700000", "491080"), pair("159000000", "479913")),
                TENS_HALF_UP))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("pairs[1].printed")
                        .containsValue("479913 is not a multiple of the rounding unit 10: a figure printed to the"
                                + " nearest 10, half up is one"));
    }

    @Test
    void aStatedRateIsCheckedAgainstEveryPair() {
        // at 331.30: 162,700,000 / 331.30 = 491,095.68, printed $491,100; 159,000,000 / 331.30 = 479,927.56, $479,930;
        // 3,700,000 / 331.30 = 11,168.13, $11,170 (right); 25,970,000 / 331.30 = 78,388.17, $78,390 (right)
        assertThat(RateDerivation.notReproduced(TIP_2018, TENS_HALF_UP, new BigDecimal("331.30")))
                .containsExactly(TIP_2018.get(0), TIP_2018.get(1));
    }

    @Test
    void roundingTakesTheExactQuotientAndItsRule() {
        // 162,698,058.25 / 331.31 = 491,075 exactly: half up prints 491,080, half even 491,080 (8 is even), down 491,070
        BigDecimal tenge = new BigDecimal("162698058.25");
        BigDecimal rate = new BigDecimal("331.31");
        assertThat(TENS_HALF_UP.of(tenge, rate)).isEqualByComparingTo("491080");
        assertThat(new Rounding(BigDecimal.TEN, RoundingRule.HALF_EVEN).of(tenge, rate)).isEqualByComparingTo("491080");
        assertThat(new Rounding(BigDecimal.TEN, RoundingRule.DOWN).of(tenge, rate)).isEqualByComparingTo("491070");
        // one tiyn less is 491,074.99997: half up now prints 491,070 (a figure first rounded to cents would print 491,080)
        assertThat(TENS_HALF_UP.of(new BigDecimal("162698058.24"), rate)).isEqualByComparingTo("491070");
    }

    private static PrintedPair pair(String kzt, String printed) {
        return new PrintedPair(new BigDecimal(kzt), new BigDecimal(printed));
    }
}
