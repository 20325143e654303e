package kz.registry.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One rate a conversion used, with where it comes from: KZT per unit of the currency, what it
 * is (the rate of which day, the mean of which year, which fixed rate), and for an official rate
 * the published figure, its quant, source and revision.
 *
 * @param rateDate the day the rate was published, for an official rate; it may be before the
 *                 value date when that day had none (a weekend, a holiday)
 * @param days     for a year's average, how many published days it averages
 */
public record RateUsed(String currency, BigDecimal kztPerUnit, String what, LocalDate rateDate,
                       BigDecimal publishedRate, Integer quant, String source, Integer revision, Integer days) {

    public static RateUsed tenge() {
        return new RateUsed(Money.KZT.getCurrencyCode(), BigDecimal.ONE, "the tenge itself", null, null, null, "by definition", null, null);
    }
}
