package kz.registry.reporting.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * One group of a compensation report. Amounts are KZT. Days count from filing; a group's
 * average is given to one decimal, half up.
 *
 * @param keys             the group's value for each dimension asked for
 * @param decided          claims approved or denied (including after appeal)
 * @param approved         the amounts fixed for approved claims, paid or not
 * @param waitingPastTarget undecided claims filed more than two months before the report's day
 * @param decidedLate      decided claims whose decision took more than two months
 */
public record CompensationLine(Map<CompensationDimension, String> keys, long claims, long decided, long approvedClaims,
                               BigDecimal approved, long paidClaims, BigDecimal paid, BigDecimal recovered,
                               long daysToDecision, Integer maxDaysToDecision, long daysToPayment,
                               Integer maxDaysToPayment, long waitingPastTarget, long decidedLate) {

    public CompensationLine {
        keys = Map.copyOf(keys);
    }

    public BigDecimal averageDaysToDecision() {
        return average(daysToDecision, decided);
    }

    public BigDecimal averageDaysToPayment() {
        return average(daysToPayment, paidClaims);
    }

    private static BigDecimal average(long days, long count) {
        return count == 0 ? null : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
