package kz.registry.money;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.registry.shared.InputLimits;
import kz.registry.shared.InvalidInputException;

/**
 * How a report writes a year's figures in words: tenge exact or in millions (to {@code tengeDigits}
 * significant digits; null: to two decimals at most), whether it gives a total before its lines
 * (named {@code totalPhrase}, such as "direct victim assistance", in English, Russian and Kazakh), and
 * whether it compares with the year before for the total, line by line, or not at all.
 */
public record ReportWording(TengeFormat tenge, Integer tengeDigits, boolean showsTotal, Comparison comparison,
                            String totalPhrase, String totalPhraseRu, String totalPhraseKk) {

    /** The wording of the TIP report the registry started from (2018), for bases that say none. */
    public static final ReportWording TIP_DEFAULT = new ReportWording(TengeFormat.MILLIONS, null, true,
            Comparison.TOTAL, "direct victim assistance", "прямую помощь жертвам",
            "құрбандарға тікелей көмек");

    public ReportWording {
        if (tenge == null) {
            tenge = TengeFormat.MILLIONS;
        }
        if (tengeDigits != null && (tengeDigits < 1 || tengeDigits > 15)) {
            throw new InvalidInputException("tengeDigits", "from 1 to 15 significant digits");
        }
        if (comparison == null) {
            comparison = Comparison.TOTAL;
        }
        totalPhrase = InputLimits.optionalText("totalPhrase", totalPhrase, 200);
        totalPhraseRu = InputLimits.optionalText("totalPhraseRu", totalPhraseRu, 200);
        totalPhraseKk = InputLimits.optionalText("totalPhraseKk", totalPhraseKk, 200);
        if (showsTotal && totalPhrase == null) {
            throw new InvalidInputException("totalPhrase", "a total needs the words for what it is (\"direct victim"
                    + " assistance\"), or set total to false");
        }
        if (!showsTotal && comparison == Comparison.TOTAL) {
            throw new InvalidInputException("comparison", "comparing the total needs the total given (total true):"
                    + " compare per-line, or none");
        }
    }

    /** The total's words in a language ("en", "ru", "kk"); English when none was given for it. */
    public String totalPhrase(String language) {
        String phrase = switch (language) {
            case "ru" -> totalPhraseRu;
            case "kk" -> totalPhraseKk;
            default -> null;
        };
        return phrase != null ? phrase : totalPhrase;
    }

    /** How tenge are written. Stored by name: never rename a constant. */
    public enum TengeFormat {
        /** 162,705,000 KZT. */
        EXACT,
        /** 162.7 million KZT. */
        MILLIONS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static TengeFormat of(String field, String code) {
            return parse(TengeFormat.class, field, code, "a way to write tenge");
        }
    }

    /** What the year before is compared with. Stored by name: never rename a constant. */
    public enum Comparison {
        NONE, TOTAL, PER_LINE;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Comparison of(String field, String code) {
            return parse(Comparison.class, field, code, "a comparison");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String code, String what) {
        String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(normal)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + code + "' is not " + what + "; one of "
                        + Arrays.stream(type.getEnumConstants()).map(value -> value.name().toLowerCase(Locale.ROOT)
                        .replace('_', '-')).collect(Collectors.joining(", "))));
    }
}
