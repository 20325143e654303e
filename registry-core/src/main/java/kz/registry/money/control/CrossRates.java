package kz.registry.money.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import kz.registry.money.Money;
import kz.registry.money.entity.PublishedRate;

/**
 * The arithmetic of conversions through KZT. The amount is multiplied exactly by KZT per unit of
 * its currency, divided with 34 significant digits by KZT per unit of the target, and rounded
 * once, at the end, to the target's minor unit, half to even (banker's rounding: no drift upward
 * over many conversions).
 */
public final class CrossRates {

    public static final RoundingMode RESULT_ROUNDING = RoundingMode.HALF_EVEN;

    private CrossRates() {
    }

    public static Money convert(Money amount, BigDecimal fromKztPerUnit, Currency to, BigDecimal toKztPerUnit) {
        BigDecimal tenge = amount.amount().multiply(fromKztPerUnit);
        return Money.rounded(tenge.divide(toKztPerUnit, MathContext.DECIMAL128), to, RESULT_ROUNDING);
    }

    /** Units of the target per unit of the original. */
    public static BigDecimal crossRate(BigDecimal fromKztPerUnit, BigDecimal toKztPerUnit) {
        return fromKztPerUnit.divide(toKztPerUnit, PublishedRate.UNIT_SCALE, RoundingMode.HALF_EVEN);
    }

    /** The arithmetic mean of rates, to the scale rates are kept at. */
    public static BigDecimal mean(List<BigDecimal> rates) {
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("no rates to average");
        }
        BigDecimal sum = rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(rates.size()), PublishedRate.UNIT_SCALE, RoundingMode.HALF_EVEN);
    }
}
