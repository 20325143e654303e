package kz.registry.money;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import kz.registry.shared.BusinessRuleException;

/**
 * Amounts restated in other currencies, for one report or listing: the one place the registry
 * turns an amount into another currency, and the one policy for a missing rate. Every rate a
 * currency and basis need is looked up once.
 *
 * <p>A missing rate is never guessed (no zero, no nearest year): a figure that cannot be
 * restated comes back {@link Restated#missing() as missing}, in its own currency, with the words
 * every answer uses for it. A sum over figures one of which could not be restated is not
 * restated either. Where the converted figure is the whole answer (a single conversion, a year's
 * summary sentence), {@link #orRefuse} refuses the request with those same words.
 */
public final class Restatement {

    private final BiFunction<Currency, Basis, RateFound> rates;
    private final Map<RateKey, RateFound> found = new HashMap<>();

    /** @param rates the rate registry's lookup: the rate a basis gives a currency, or why none */
    public Restatement(BiFunction<Currency, Basis, RateFound> rates) {
        this.rates = rates;
    }

    /** {@code amount} in {@code to} on {@code basis}, through KZT; or why not. */
    public Restated restate(Money amount, Currency to, Basis basis) {
        return converter(amount.currency(), to, basis)
                .map(converter -> Restated.done(converter.convert(amount)))
                .orElseGet(() -> Restated.missing(amount, missing(amount.currency(), to, basis)));
    }

    /** {@code amount} in {@code to} on {@code basis}, or a refusal that says which rate is missing. */
    public Conversion orRefuse(Money amount, Currency to, Basis basis) {
        Restated restated = restate(amount, to, basis);
        restated.orRefuse();
        return restated.conversion();
    }

    /** {@code amount} in KZT on {@code basis}: itself when it is in KZT already. */
    public Restated intoTenge(Money amount, Basis basis) {
        return amount.currency().equals(Money.KZT) ? Restated.unchanged(amount) : restate(amount, Money.KZT, basis);
    }

    /** The two rates from one currency to another on a basis, when both exist. */
    private Optional<Converter> converter(Currency from, Currency to, Basis basis) {
        RateFound fromRate = rate(from, basis);
        RateFound toRate = rate(to, basis);
        if (fromRate.rate() == null || toRate.rate() == null) {
            return Optional.empty();
        }
        return Optional.of(new Converter(from, to, basis.describe(), fromRate.rate(), toRate.rate(), toRate.rounding()));
    }

    /** The words for a missing rate, the same in every answer: the pair, the basis, and what is missing. */
    private String missing(Currency from, Currency to, Basis basis) {
        String why = rate(from, basis).rate() == null ? rate(from, basis).missing() : rate(to, basis).missing();
        return "no " + from.getCurrencyCode() + " to " + to.getCurrencyCode() + " rate on the basis: " + basis.describe()
                + ". " + why;
    }

    private RateFound rate(Currency currency, Basis basis) {
        return found.computeIfAbsent(new RateKey(currency, basis), key -> rates.apply(currency, basis));
    }

    private record RateKey(Currency currency, Basis basis) {
    }

    /**
     * A figure restated, or missing: {@code conversion} says how it was restated (null when it is
     * already in the currency asked for), {@code missing} why it could not be.
     */
    public record Restated(Money original, Conversion conversion, String missing) {

        static Restated done(Conversion conversion) {
            return new Restated(conversion.original(), conversion, null);
        }

        static Restated missing(Money original, String why) {
            return new Restated(original, null, why);
        }

        static Restated unchanged(Money original) {
            return new Restated(original, null, null);
        }

        public boolean isMissing() {
            return missing != null;
        }

        /** The figure in the currency asked for, unless it is missing. */
        public Optional<Money> value() {
            if (isMissing()) {
                return Optional.empty();
            }
            return Optional.of(conversion == null ? original : conversion.converted());
        }

        /** The figure in the currency asked for, or a refusal in the words of {@link #missing()}. */
        public Money orRefuse() {
            return value().orElseThrow(() -> new BusinessRuleException(missing));
        }
    }
}
