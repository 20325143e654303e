package kz.registry.money;

import java.math.BigDecimal;
import java.util.List;

/**
 * A converted amount that explains itself: the original, the result, the basis, every rate used
 * with its provenance, the cross rate (units of the target per unit of the original) and the
 * rounding of the result; on a basis that prints figures its own way (a report's), also the figure
 * as it prints it ({@code rounded}, rounded from the exact quotient; null on other bases).
 */
public record Conversion(Money original, Money converted, String basis, List<RateUsed> rates, BigDecimal crossRate,
                         String rounding, Money rounded) {

    public Conversion {
        rates = List.copyOf(rates);
    }
}
