package kz.registry.reporting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.registry.money.Money;

/**
 * A year's allocations in the words of the US Trafficking in Persons report: "In 2017, the
 * government allocated at least 162.7 million KZT ($491,080) to direct victim assistance,
 * including 159 million KZT ($479,910) for shelter assistance and ...". As the report does, tenge
 * are given in millions (to two decimals at most) and dollars rounded to the nearest ten, both
 * half up; the exact figures travel next to the sentence.
 */
public final class SummarySentence {

    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal TEN = BigDecimal.TEN;

    private SummarySentence() {
    }

    /** One part of the total: what it was for (a phrase such as "shelter assistance") and its sums (converted: null when no rate). */
    public record Part(String phrase, Money kzt, Money converted) {
    }

    /** The year before, for the comparison the report ends with; null leaves it out. */
    public record Previous(int year, Money kzt, Money converted) {
    }

    public static String compose(int year, Money kzt, Money converted, List<Part> parts, Previous previous) {
        StringBuilder sentence = new StringBuilder("In ").append(year).append(", the government allocated at least ")
                .append(figures(kzt, converted)).append(" to direct victim assistance");
        List<String> including = new ArrayList<>();
        for (Part part : parts) {
            including.add(figures(part.kzt(), part.converted()) + " for " + part.phrase());
        }
        if (!including.isEmpty()) {
            sentence.append(", including ").append(enumeration(including));
        }
        if (previous != null) {
            int change = kzt.compareTo(previous.kzt());
            sentence.append(change > 0 ? ", an increase from " : change < 0 ? ", a decrease from " : ", the same as ")
                    .append(figures(previous.kzt(), previous.converted())).append(" in ").append(previous.year());
        }
        return sentence.append('.').toString();
    }

    /** "162.7 million KZT ($491,080)"; "162.7 million KZT" when there is no converted figure. */
    static String figures(Money kzt, Money converted) {
        return millions(kzt.amount()) + " million KZT" + (converted == null ? "" : " (" + roundedToTen(converted) + ")");
    }

    static String millions(BigDecimal tenge) {
        return tenge.divide(MILLION).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String roundedToTen(Money money) {
        BigDecimal tens = money.amount().divide(TEN).setScale(0, RoundingMode.HALF_UP).multiply(TEN);
        String grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(tens);
        return money.code().equals("USD") ? "$" + grouped : grouped + " " + money.code();
    }

    /** "a", "a and b", "a, b and c". */
    private static String enumeration(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    /**
     * The phrase for a purpose from its name: the words before a colon, starting lower case
     * ("Shelter assistance: legal, ..." gives "shelter assistance").
     */
    public static String phrase(String purposeName) {
        String head = purposeName.split(":", 2)[0].strip();
        return head.isEmpty() ? purposeName : Character.toLowerCase(head.charAt(0)) + head.substring(1);
    }
}
