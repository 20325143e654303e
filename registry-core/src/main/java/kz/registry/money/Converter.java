package kz.registry.money;

import java.util.Currency;
import java.util.List;
import kz.registry.money.control.CrossRates;

/**
 * The rates to turn one currency into another on one basis, looked up once: a report converts
 * hundreds of sums with the same two rates, each exactly as a single conversion would.
 * {@code reported}: how the basis prints figures in the target currency, or null.
 */
public record Converter(Currency from, Currency to, String basis, RateUsed fromRate, RateUsed toRate,
                        Rounding reported) {

    public Conversion convert(Money amount) {
        if (!amount.currency().equals(from)) {
            throw new IllegalArgumentException("This converter takes " + from + ", not " + amount.code());
        }
        Money converted = CrossRates.convert(amount, fromRate.kztPerUnit(), to, toRate.kztPerUnit());
        List<RateUsed> used = fromRate.currency().equals(toRate.currency()) ? List.of(fromRate) : List.of(fromRate, toRate);
        String rounding = "once, to the minor unit of " + to.getCurrencyCode() + ", half to even";
        Money rounded = null;
        if (reported != null) {
            rounded = Money.rounded(reported.of(amount.amount().multiply(fromRate.kztPerUnit()), toRate.kztPerUnit()), to,
                    CrossRates.RESULT_ROUNDING);
            rounding += "; as the basis prints it, " + reported.describe();
        }
        return new Conversion(amount, converted, basis, used, CrossRates.crossRate(fromRate.kztPerUnit(), toRate.kztPerUnit()),
                rounding, rounded);
    }
}
