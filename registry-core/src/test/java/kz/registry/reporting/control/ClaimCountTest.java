package kz.registry.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import kz.registry.reporting.entity.ClaimFigures;
import org.junit.jupiter.api.Test;

/** One claim counted as the compensation report counts it; every figure worked out by hand. */
class ClaimCountTest {

    @Test
    void aPaidClaimDecidedLateKeepsItsDaysAndNoMonth() {
        // filed 2025-01-10, decided 2025-03-20 (69 days; the target was 2025-03-10), paid 2025-04-09 (89 days)
        ClaimCount paid = ClaimCount.of(LocalDate.of(2025, 1, 10), "trafficking-in-persons", "PAID", "UZ", "FEMALE",
                true, "FORCED_LABOUR", LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 9), new BigDecimal("117960.00"),
                null);
        assertThat(paid.group().key()).isEqualTo("2025|trafficking-in-persons|PAID|UZ|FEMALE|true|FORCED_LABOUR|69|89|");
        assertThat(paid.figures()).isEqualTo(ClaimFigures.ofOne(true, true, new BigDecimal("117960.00"), true,
                BigDecimal.ZERO, true));
    }

    @Test
    void anUndecidedClaimKeepsItsMonthOfFilingAndCountsNoMoney() {
        ClaimCount waiting = ClaimCount.of(LocalDate.of(2025, 12, 31), "trafficking-in-persons", "RECEIVED", "KZ", "MALE",
                false, "OTHER", null, null, null, null);
        assertThat(waiting.group().key()).isEqualTo("2025|trafficking-in-persons|RECEIVED|KZ|MALE|false|OTHER|||202512");
        assertThat(waiting.figures()).isEqualTo(ClaimFigures.ofOne(false, false, BigDecimal.ZERO, false,
                BigDecimal.ZERO, false));
    }

    @Test
    void aDecisionOnTheLastDayOfTheTargetIsNotLate() {
        // filed 2024-12-31: two months later is 2025-02-28 (the month has no 31st)
        ClaimCount onTime = ClaimCount.of(LocalDate.of(2024, 12, 31), "trafficking-in-persons", "DENIED", "KZ", "MALE",
                false, "OTHER", LocalDate.of(2025, 2, 28), null, null, null);
        ClaimCount late = ClaimCount.of(LocalDate.of(2024, 12, 31), "trafficking-in-persons", "DENIED", "KZ", "MALE",
                false, "OTHER", LocalDate.of(2025, 3, 1), null, null, null);
        assertThat(onTime.figures()).isEqualTo(ClaimFigures.ofOne(true, false, BigDecimal.ZERO, false, BigDecimal.ZERO, false));
        assertThat(late.figures()).isEqualTo(ClaimFigures.ofOne(true, false, BigDecimal.ZERO, false, BigDecimal.ZERO, true));
    }

    @Test
    void figuresNetToNothingWhenAClaimLeavesItsBucket() {
        ClaimFigures one = ClaimFigures.ofOne(true, true, new BigDecimal("10.00"), true, new BigDecimal("1.00"), true);
        assertThat(one.copy().add(one.negated()).isEmpty()).isTrue();
        assertThat(one.isEmpty()).isFalse();
    }
}
