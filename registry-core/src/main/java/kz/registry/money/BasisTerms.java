package kz.registry.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import kz.registry.shared.InvalidInputException;

/**
 * What a finance officer states to define (or revise) a reporting basis: the currency figures
 * are converted into; the rate, stated ({@code kztPerUnit}) or left to be derived from the
 * report's printed pairs (or both: then the pairs check it); the rounding; the wording; and where
 * it all comes from ({@code description}).
 */
public record BasisTerms(Currency currency, BigDecimal kztPerUnit, List<PrintedPair> pairs, Rounding rounding,
                         ReportWording wording, String description) {

    public BasisTerms {
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        if (currency == null) {
            throw new InvalidInputException("currency", "the currency figures are converted into (USD)");
        }
        if (currency.equals(Money.KZT)) {
            throw new InvalidInputException("currency", "a reporting basis converts tenge into another currency");
        }
        if (kztPerUnit != null && kztPerUnit.signum() <= 0) {
            throw new InvalidInputException("kztPerUnit", "must be above zero");
        }
        if (kztPerUnit == null && pairs.isEmpty()) {
            throw new InvalidInputException("pairs", "give the figure pairs the report prints (or the rate, kztPerUnit)");
        }
        if (pairs.size() > 100) {
            throw new InvalidInputException("pairs", "at most 100 pairs");
        }
        if (description == null || description.isBlank() || description.strip().length() > 500) {
            throw new InvalidInputException("description", "must say which report the basis serves (1 to 500 characters)");
        }
        description = description.strip();
    }
}
