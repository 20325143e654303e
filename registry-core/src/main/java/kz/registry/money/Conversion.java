package kz.registry.money;

import java.math.BigDecimal;
import java.util.List;

/**
 * A converted amount that explains itself: the original, the result, the basis, every rate used
 * with its provenance, the cross rate (units of the target per unit of the original) and the
 * rounding of the result.
 */
public record Conversion(Money original, Money converted, String basis, List<RateUsed> rates, BigDecimal crossRate,
                         String rounding) {

    public Conversion {
        rates = List.copyOf(rates);
    }
}
