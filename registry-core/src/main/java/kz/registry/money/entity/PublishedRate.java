package kz.registry.money.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * One rate as the National Bank publishes it: KZT for {@code quant} units of the currency
 * (1 USD, but 100 UZS, 10 AMD). The registry keeps KZT per single unit beside it.
 */
public record PublishedRate(LocalDate date, Currency currency, BigDecimal rate, int quant) {

    /** KZT per unit carries 12 decimals: the bank's rates have 2, its quants are powers of ten. */
    public static final int UNIT_SCALE = 12;

    public BigDecimal kztPerUnit() {
        return rate.divide(BigDecimal.valueOf(quant), UNIT_SCALE, RoundingMode.HALF_EVEN);
    }
}
