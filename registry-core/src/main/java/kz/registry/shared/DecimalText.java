package kz.registry.shared;

import java.math.BigDecimal;

/**
 * Reads a decimal number as the registry accepts it from anyone: plain digits, an optional sign
 * and decimal point, no exponent, no grouping, and at most a stated number of digits before and
 * after the point. The text is checked before any {@link BigDecimal} is made of it, so a number
 * of a million digits costs no more than a short one, and a refusal never repeats what was sent.
 */
public record DecimalText(int maxIntegerDigits, int maxFractionDigits) {

    /** Amounts: up to 999,999,999,999,999 (15 digits) before the point; after it, the currency's minor unit. */
    public static final int AMOUNT_INTEGER_DIGITS = 15;
    /** Exchange rates in KZT per unit or per quant: 9 digits before the point, 10 after. */
    public static final DecimalText RATE = new DecimalText(9, 10);

    /** Signs, a point, and leading or trailing zeros that change nothing: what else a valid text may hold. */
    private static final int SLACK = 24;

    public DecimalText {
        if (maxIntegerDigits < 1 || maxFractionDigits < 0) {
            throw new IllegalArgumentException("a decimal has at least one integer digit");
        }
    }

    /** An amount of a currency with this many decimals. */
    public static DecimalText amount(int currencyDigits) {
        return new DecimalText(AMOUNT_INTEGER_DIGITS, currencyDigits);
    }

    /** The number, or why the text is not one this reader accepts (the reason never quotes the text). */
    public BigDecimal parse(String text) {
        String plain = text == null ? "" : text.strip();
        if (plain.isEmpty()) {
            throw new NotAccepted("is empty: " + rule());
        }
        if (plain.length() > maxIntegerDigits + maxFractionDigits + SLACK) {
            throw new NotAccepted("is too long: " + rule());
        }
        int start = plain.charAt(0) == '-' || plain.charAt(0) == '+' ? 1 : 0;
        int point = plain.indexOf('.');
        String integer = plain.substring(start, point < 0 ? plain.length() : point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        if (integer.isEmpty() && fraction.isEmpty() || !digits(integer) || !digits(fraction)) {
            throw new NotAccepted("is not a plain decimal number: " + rule());
        }
        if (stripLeadingZeros(integer).length() > maxIntegerDigits) {
            throw new NotAccepted("has too many digits before the point: " + rule());
        }
        if (stripTrailingZeros(fraction).length() > maxFractionDigits) {
            throw new NotAccepted("has too many digits after the point: " + rule());
        }
        return new BigDecimal(plain);
    }

    /**
     * The number a request's field holds, or a 400 naming the field: "the {what} is not a plain
     * decimal number: ..." (the reason never quotes the text).
     */
    public BigDecimal parse(String field, String what, String text) {
        try {
            return parse(text);
        } catch (NotAccepted e) {
            throw new InvalidInputException(field, "the " + what + " " + e.getMessage());
        }
    }

    /** What this reader accepts, in words. */
    public String rule() {
        return "use digits with a point for decimals, such as 1234.50, at most " + maxIntegerDigits
                + " digits before the point and " + maxFractionDigits + " after it, no exponent or grouping";
    }

    private static boolean digits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    /** A text this reader does not accept, and why, without the text itself. */
    public static final class NotAccepted extends IllegalArgumentException {
        NotAccepted(String reason) {
            super(reason);
        }
    }
}
