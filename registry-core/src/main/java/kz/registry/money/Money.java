package kz.registry.money;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.DecimalText;
import kz.registry.shared.InvalidInputException;

/**
 * An exact amount of one currency, at the scale of the currency's minor unit (KZT and USD 2,
 * KRW 0). Never floating point. An amount is taken as stated only when it fits the currency
 * (and a stated amount has at most 15 digits before the point: {@link DecimalText});
 * any rounding is asked for by name, with its mode. Two currencies never add up: that is a
 * rule of the domain (422), not a programming error.
 *
 * <p>Entities keep money as it is, in two columns: the amount and the currency's code (an entity
 * names its own columns with {@code @AttributeOverride}).
 */
@Embeddable
public record Money(@Column(name = "amount", nullable = false, precision = 24, scale = 4) BigDecimal amount,
                    @Column(name = "currency", nullable = false, length = 3) Currency currency)
        implements Comparable<Money> {

    /** The tenge: the registry's own currency, which every conversion goes through. */
    public static final Currency KZT = Currency.getInstance("KZT");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = digits(currency);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new InvalidInputException("amount", amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " has (" + digits + ")");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** An amount as a person states it, such as {@code of("162700000.00", "KZT")}. */
    public static Money of(String amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        try {
            return new Money(DecimalText.amount(digits(currency)).parse(amount), currency);
        } catch (DecimalText.NotAccepted e) {
            throw new InvalidInputException("amount", "the amount " + e.getMessage());
        }
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** An amount of tenge as a person states it, such as {@code kzt("162700000.00")}. */
    public static Money kzt(String amount) {
        return of(amount, KZT.getCurrencyCode());
    }

    /** An amount of tenge as stored: at most two decimals. */
    public static Money kzt(BigDecimal amount) {
        return new Money(amount, KZT);
    }

    /** A computed amount, rounded to the currency's minor unit with the given mode. */
    public static Money rounded(BigDecimal amount, Currency currency, RoundingMode mode) {
        return new Money(amount.setScale(digits(currency), mode), currency);
    }

    public static Currency currency(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return Currency.getInstance(upper);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** This amount times a factor (a count, a multiple of the MCI), rounded to the minor unit the given way. */
    public Money times(BigDecimal factor, RoundingMode mode) {
        return rounded(amount.multiply(factor), currency, mode);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    public String code() {
        return currency.getCurrencyCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + code();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new BusinessRuleException("Cannot combine " + this + " with " + other
                    + ": convert one of them first, on a stated basis.");
        }
        return other;
    }

    private static int digits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
