package kz.registry.money;

import java.math.BigDecimal;

/**
 * A figure pair a report prints: an amount in tenge and the same amount converted, as printed
 * (rounded the report's way), such as 162,700,000 KZT and $491,080.
 */
public record PrintedPair(BigDecimal kzt, BigDecimal printed) {

    /** "162700000 KZT = 491080". */
    public String describe() {
        return kzt.toPlainString() + " KZT = " + printed.toPlainString();
    }
}
