package kz.registry.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import kz.registry.shared.InvalidInputException;

/**
 * How a report prints converted figures: to a unit (1, 10, 100 ... or 0.01) by a rule. The
 * figure rounded is always the exact quotient, never an already rounded one.
 */
public record Rounding(BigDecimal unit, RoundingRule rule) {

    public Rounding {
        if (unit == null || unit.signum() <= 0) {
            throw new InvalidInputException("roundingUnit", "must be above zero (1, 10, 100 ...)");
        }
        if (rule == null) {
            throw new InvalidInputException("roundingRule", "must be named");
        }
        unit = unit.stripTrailingZeros();
        if (unit.scale() < 0) {
            unit = unit.setScale(0);
        }
    }

    /** {@code tenge} divided by {@code kztPerUnit}, rounded to the unit: exact, as the report would print it. */
    public BigDecimal of(BigDecimal tenge, BigDecimal kztPerUnit) {
        return tenge.divide(kztPerUnit.multiply(unit), 0, rule.mode()).multiply(unit);
    }

    /** {@code amount} rounded to the unit. */
    public BigDecimal of(BigDecimal amount) {
        return amount.divide(unit, 0, rule.mode()).multiply(unit);
    }

    /** "to the nearest 10, half up". */
    public String describe() {
        String shown = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.US)).format(unit);
        return "to the nearest " + shown + ", " + rule.code().replace('-', ' ');
    }
}
