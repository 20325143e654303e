package kz.registry.reporting.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.registry.money.Money;
import kz.registry.money.ReportWording;
import kz.registry.money.ReportWording.Comparison;

/**
 * A year's allocations in one sentence, built from the year's own lines and a report's wording:
 * one part per line that has money (naming its one shelter when it has one), a total first only
 * when the wording asks for one and there is more than one line, the year before compared for the
 * total, line by line or not at all, and "at least" only when the year's figures are a floor.
 * In English, Russian or Kazakh (where the verb comes after what was allocated). Converted figures come
 * in already rounded as the basis prints them.
 *
 * <p>The seed's year in the US TIP report 2018's wording reads: "In 2017, the government allocated
 * at least 162.7 million KZT ($491,080) to direct victim assistance, including 159 million KZT
 * ($479,910) for shelter assistance and 3.7 million KZT ($11,170) for victim assistance during
 * investigations, an increase from 25.97 million KZT ($78,390) in 2016."
 */
public final class SummarySentence {

    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private SummarySentence() {
    }

    /** Tenge, and the converted figure as printed (null when the basis has no rate). */
    public record Figure(Money kzt, Money printed) {
    }

    /**
     * One line: its purpose's code and what it was for, its one recipient (null when several or
     * none), this year's figure and the year before's (null when there was none).
     */
    public record Line(String purpose, String phrase, Recipient recipient, Figure figure, Figure before) {
    }

    /**
     * Who allocated, when the entries say: {@code all} the one agency behind every line (the
     * sentence's subject), else {@code byPurpose} each line's own, where it has one.
     */
    public record Agencies(String all, java.util.Map<String, String> byPurpose) {

        public static final Agencies UNKNOWN = new Agencies(null, java.util.Map.of());

        String of(Line line) {
            return all != null ? null : byPurpose.get(line.purpose());
        }
    }

    /** The one shelter (or other recipient) a line's money all went to, and its city when known. */
    public record Recipient(String name, String city) {
    }

    /** @param floor the year's figures are known to be a floor: "at least" */
    public record Style(String language, ReportWording wording, boolean floor) {

        Words words() {
            return switch (language) {
                case "ru" -> Words.RU;
                case "kk" -> Words.KK;
                default -> Words.EN;
            };
        }
    }

    /** @param before the year before's total, or null when nothing was allocated in it */
    public static String compose(int year, Style style, Figure total, List<Line> lines, Figure before) {
        return compose(year, style, total, lines, before, Agencies.UNKNOWN);
    }

    /** @param before the year before's total, or null when nothing was allocated in it */
    public static String compose(int year, Style style, Figure total, List<Line> lines, Figure before,
                                 Agencies agencies) {
        Words words = style.words();
        ReportWording wording = style.wording();
        boolean perLine = wording.comparison() == Comparison.PER_LINE;
        // parts with clauses of their own (a comparison, an agency) are joined with ", and"
        boolean clauses = perLine || lines.stream().anyMatch(line -> agencies.of(line) != null);
        StringBuilder sentence = new StringBuilder(words.opening(year, agencies.all()));
        if (wording.showsTotal() && lines.size() > 1) {
            sentence.append(style.floor() ? words.atLeast : "").append(figure(total, style))
                    .append(words.forTotal(wording.totalPhrase(style.language()))).append(words.verbAfter());
            List<String> parts = new ArrayList<>();
            lines.forEach(line -> parts.add(part(line, style, perLine, year, agencies)));
            sentence.append(words.including).append(words.enumeration(parts, clauses));
        } else {
            List<String> parts = new ArrayList<>();
            lines.forEach(line -> parts.add((style.floor() ? words.atLeast : "")
                    + part(line, style, perLine, year, agencies)));
            sentence.append(words.enumeration(parts, clauses)).append(words.verbAfter());
        }
        if (wording.comparison() == Comparison.TOTAL && before != null) {
            sentence.append(comparison(total, before, year - 1, style));
        }
        return sentence.append('.').toString();
    }

    private static String part(Line line, Style style, boolean perLine, int year, Agencies agencies) {
        Words words = style.words();
        String agency = agencies.of(line);
        String part = figure(line.figure(), style) + words.forLine(line.phrase())
                + words.details(line.recipient(), agency);
        if (perLine && line.before() != null) {
            part += comparison(line.figure(), line.before(), year - 1, style);
        }
        return part;
    }

    private static String comparison(Figure now, Figure before, int year, Style style) {
        int change = now.kzt().compareTo(before.kzt());
        return style.words().change(change, figure(before, style), year);
    }

    /** "162.7 million KZT ($491,080)"; the tenge alone when there is no converted figure. */
    static String figure(Figure figure, Style style) {
        Words words = style.words();
        String tenge = style.wording().tenge() == ReportWording.TengeFormat.EXACT
                ? words.exactTenge(figure.kzt().amount())
                : words.millions(millions(figure.kzt().amount(), style.wording().tengeDigits()));
        return figure.printed() == null ? tenge : tenge + " (" + words.converted(figure.printed()) + ")";
    }

    /** Tenge in millions: to {@code digits} significant digits, or (null) to two decimals at most; half up. */
    static BigDecimal millions(BigDecimal tenge, Integer digits) {
        BigDecimal inMillions = tenge.divide(MILLION);
        BigDecimal rounded = digits == null ? inMillions.setScale(2, RoundingMode.HALF_UP)
                : inMillions.round(new MathContext(digits, RoundingMode.HALF_UP));
        BigDecimal plain = rounded.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /**
     * The phrase for a purpose from its name: the words before a colon, starting lower case
     * ("Shelter assistance: legal, ..." gives "shelter assistance").
     */
    public static String phrase(String purposeName) {
        String head = purposeName.split(":", 2)[0].strip();
        return head.isEmpty() ? purposeName : head.substring(0, 1).toLowerCase(Locale.ROOT) + head.substring(1);
    }

    /** The words of each language the sentence is written in. */
    enum Words {
        EN(", ", " and ", ", and ", "at least ", ", including ", ',', '.') {
            String opening(int year, String agency) {
                return "In " + year + ", " + (agency == null ? "the government" : agency) + " allocated ";
            }

            String details(Recipient recipient, String agency) {
                return (recipient == null ? "" : " at " + recipient.name()
                        + (recipient.city() == null ? "" : " in " + recipient.city()))
                        + (agency == null ? "" : ", allocated by " + agency);
            }

            String forTotal(String phrase) {
                return " to " + phrase;
            }

            String forLine(String phrase) {
                return " for " + phrase;
            }


            String millions(BigDecimal value) {
                return number(value) + " million KZT";
            }

            String exactTenge(BigDecimal value) {
                return number(value) + " KZT";
            }

            String converted(Money printed) {
                return printed.code().equals("USD") ? "$" + number(printed.amount())
                        : number(printed.amount()) + " " + printed.code();
            }

            String change(int change, String figure, int year) {
                return (change > 0 ? ", an increase from " : change < 0 ? ", a decrease from " : ", the same as ")
                        + figure + " in " + year;
            }
        },
        RU(", ", " и ", ", и ", "не менее ", ", в том числе ", ' ', ',') {
            String opening(int year, String agency) {
                return "В " + year + " году правительство" + (agency == null ? "" : " (" + agency + ")") + " выделило ";
            }

            String details(Recipient recipient, String agency) {
                return inParentheses(recipient, agency, "распорядитель: ");
            }

            String forTotal(String phrase) {
                return " на " + phrase;
            }

            String forLine(String phrase) {
                return " по статье «" + phrase + "»";
            }


            String millions(BigDecimal value) {
                return number(value) + " млн тенге";
            }

            String exactTenge(BigDecimal value) {
                return number(value) + " тенге";
            }

            String converted(Money printed) {
                return number(printed.amount()) + (printed.code().equals("USD") ? " долл. США" : " " + printed.code());
            }

            String change(int change, String figure, int year) {
                return (change > 0 ? ", что больше, чем " : change < 0 ? ", что меньше, чем " : ", как и ")
                        + figure + " в " + year + " году";
            }
        },
        KK(", ", " және ", ", және ", "кемінде ", ", оның ішінде ", ' ', ',') {
            String opening(int year, String agency) {
                return year + " жылы үкімет" + (agency == null ? "" : " (" + agency + ")") + " ";
            }

            String details(Recipient recipient, String agency) {
                return inParentheses(recipient, agency, "бөлген: ");
            }

            String verbAfter() {
                return " бөлді";
            }

            String forTotal(String phrase) {
                return " " + phrase + " үшін";
            }

            String forLine(String phrase) {
                return " «" + phrase + "» бабы бойынша";
            }


            String millions(BigDecimal value) {
                return number(value) + " млн теңге";
            }

            String exactTenge(BigDecimal value) {
                return number(value) + " теңге";
            }

            String converted(Money printed) {
                return number(printed.amount()) + (printed.code().equals("USD") ? " АҚШ доллары" : " " + printed.code());
            }

            String change(int change, String figure, int year) {
                return ", бұл " + year + " жылғы " + figure
                        + (change > 0 ? " сомасынан көп" : change < 0 ? " сомасынан аз" : " сомасымен бірдей");
            }
        };

        final String comma;
        final String and;
        final String andAfterClause;
        final String atLeast;
        final String including;
        final char grouping;
        final char decimal;

        Words(String comma, String and, String andAfterClause, String atLeast, String including, char grouping,
              char decimal) {
            this.comma = comma;
            this.and = and;
            this.andAfterClause = andAfterClause;
            this.atLeast = atLeast;
            this.including = including;
            this.grouping = grouping;
            this.decimal = decimal;
        }

        abstract String opening(int year, String agency);

        /** Where a line's money went (its one recipient) and who allocated it, either or both or neither. */
        abstract String details(Recipient recipient, String agency);

        /** The verb where the language puts it after what was allocated (Kazakh); nothing where it opens the sentence. */
        String verbAfter() {
            return "";
        }

        /** "(shelter, city; agency: ...)": the recipient and who allocated, either or both, or nothing. */
        static String inParentheses(Recipient recipient, String agency, String agencyLabel) {
            List<String> details = new ArrayList<>();
            if (recipient != null) {
                details.add(recipient.name() + (recipient.city() == null ? "" : ", " + recipient.city()));
            }
            if (agency != null) {
                details.add(agencyLabel + agency);
            }
            return details.isEmpty() ? "" : " (" + String.join("; ", details) + ")";
        }

        abstract String forTotal(String phrase);

        abstract String forLine(String phrase);


        abstract String millions(BigDecimal value);

        abstract String exactTenge(BigDecimal value);

        abstract String converted(Money printed);

        abstract String change(int change, String figure, int year);

        /** Grouped thousands, the decimals only when there are any: "491,080", "1,234.5"; "491 080", "1 234,5". */
        String number(BigDecimal value) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
            symbols.setGroupingSeparator(grouping);
            symbols.setDecimalSeparator(decimal);
            DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
            format.setRoundingMode(RoundingMode.UNNECESSARY);
            return format.format(value);
        }

        /** "a", "a and b", "a, b and c"; "a, b, and c" when the items have clauses of their own (comparisons). */
        String enumeration(List<String> items, boolean clauses) {
            if (items.size() == 1) {
                return items.getFirst();
            }
            return String.join(comma, items.subList(0, items.size() - 1)) + (clauses ? andAfterClause : and)
                    + items.getLast();
        }
    }
}
