package kz.registry.money;

import kz.registry.shared.BusinessRuleException;

/**
 * The rate a basis gives a currency, or why it gives none: looking a rate up never throws, so a
 * report that meets a missing rate inside its transaction keeps that transaction.
 *
 * @param missing  what is missing and what to do about it, when {@code rate} is null
 * @param rounding how the basis prints figures converted into this currency (a report's basis), or null
 */
public record RateFound(RateUsed rate, String missing, Rounding rounding) {

    public RateFound {
        if ((rate == null) == (missing == null)) {
            throw new IllegalArgumentException("A rate, or why there is none: exactly one");
        }
    }

    public static RateFound of(RateUsed rate) {
        return new RateFound(rate, null, null);
    }

    /** A rate whose basis prints converted figures rounded so. */
    public static RateFound of(RateUsed rate, Rounding rounding) {
        return new RateFound(rate, null, rounding);
    }

    public static RateFound none(String missing) {
        return new RateFound(null, missing, null);
    }

    /** The rate, or a refusal that says what is missing. */
    public RateUsed orRefuse() {
        if (rate == null) {
            throw new BusinessRuleException(missing);
        }
        return rate;
    }
}
