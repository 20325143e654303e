package kz.registry.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.InvalidInputException;

/**
 * The rate a report used, worked out from the figure pairs it prints. Each pair allows an
 * interval of rates (those whose exact quotient the report's rounding prints as the pair's
 * figure); the rates every pair allows are the intersection. All of it is exact: an interval's
 * ends are kept as quotients and compared by cross-multiplying, never as floating point.
 *
 * <p>Of the rates in the intersection the one chosen has the fewest decimal places (reports state
 * rates such as 331.31), and among those the one nearest the interval's middle, so that it stays
 * inside when a figure is later found printed a little differently.
 */
public final class RateDerivation {

    /** Rates are stated with at most this many decimal places (as the rate registry reads them). */
    public static final int MAX_DECIMALS = 10;
    private static final int SHOWN_DECIMALS = 12;

    private RateDerivation() {
    }

    /**
     * The interval of rates that reproduce every pair, and the one chosen.
     *
     * @param low          the interval's lower end, to 12 decimals rounded down (null: no pair bounds it)
     * @param high         its upper end, to 12 decimals rounded up (null: no pair bounds it)
     * @param candidates   how many rates with the chosen rate's decimal places lie in the interval (null: unbounded)
     */
    public record Derived(BigDecimal kztPerUnit, BigDecimal low, boolean lowIncluded, BigDecimal high,
                          boolean highIncluded, int decimals, Long candidates, String choice) {
    }

    public static Derived derive(List<PrintedPair> pairs, Rounding rounding) {
        List<Interval> intervals = intervals(pairs, rounding);
        Interval common = intervals.stream().reduce(Interval::intersect).orElseThrow();
        if (common.isEmpty()) {
            throw new BusinessRuleException(conflict(intervals, rounding));
        }
        for (int decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
            BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
            BigDecimal first = common.firstMultipleOf(step);
            BigDecimal last = common.lastMultipleOf(step);
            if (last != null && first.compareTo(last) > 0) {
                continue;
            }
            BigDecimal chosen = last == null ? first : nearestMiddle(common, first, last, decimals);
            Long candidates = last == null ? null : last.subtract(first).divide(step).longValueExact() + 1;
            return new Derived(chosen, shown(common.low, RoundingMode.DOWN), common.low.in, shown(common.high,
                    RoundingMode.UP), common.high != null && common.high.in, decimals, candidates,
                    chosen.toPlainString() + ": of the rates that reproduce every printed pair (" + common.describe()
                            + "), the one with the fewest decimal places (" + decimals + ")"
                            + (candidates == null || candidates > 1 ? ", nearest the middle of the interval" : "")
                            + (candidates == null ? "" : "; " + candidates + " rate" + (candidates == 1 ? "" : "s")
                            + " with " + decimals + " decimal place" + (decimals == 1 ? "" : "s") + " fit"));
        }
        throw new BusinessRuleException("The printed pairs leave only rates with more than " + MAX_DECIMALS
                + " decimal places (" + common.describe() + "): state the rate directly.");
    }

    /** The pairs {@code kztPerUnit} does not reproduce at {@code rounding}, in order. */
    public static List<PrintedPair> notReproduced(List<PrintedPair> pairs, Rounding rounding, BigDecimal kztPerUnit) {
        return check(pairs, rounding, kztPerUnit).stream().filter(check -> !check.reproduced()).map(PairCheck::pair)
                .toList();
    }

    /** Each pair at {@code kztPerUnit}: its exact quotient (to 4 decimals, half even) and the figure the rounding prints. */
    public static List<PairCheck> check(List<PrintedPair> pairs, Rounding rounding, BigDecimal kztPerUnit) {
        return pairs.stream().map(pair -> new PairCheck(pair, pair.kzt().divide(kztPerUnit, 4, RoundingMode.HALF_EVEN),
                rounding.of(pair.kzt(), kztPerUnit))).toList();
    }

    /** A printed pair against a rate: the exact figure and the figure printed from it. */
    public record PairCheck(PrintedPair pair, BigDecimal exact, BigDecimal printedAtRate) {

        public boolean reproduced() {
            return printedAtRate.compareTo(pair.printed()) == 0;
        }
    }

    /** Each pair's interval of rates; a pair no rate could print is refused, naming it. */
    private static List<Interval> intervals(List<PrintedPair> pairs, Rounding rounding) {
        if (pairs == null || pairs.isEmpty()) {
            throw new InvalidInputException("pairs", "at least one pair of a tenge amount and its printed figure");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            PrintedPair pair = pairs.get(i);
            String field = "pairs[" + i + "]";
            if (pair.kzt() == null || pair.kzt().signum() <= 0) {
                errors.put(field + ".kzt", "must be above zero");
                continue;
            }
            if (pair.printed() == null || pair.printed().signum() < 0) {
                errors.put(field + ".printed", "must be zero or above");
                continue;
            }
            if (pair.printed().remainder(rounding.unit()).signum() != 0) {
                errors.put(field + ".printed", pair.printed().toPlainString() + " is not a multiple of the rounding unit "
                        + rounding.unit().toPlainString() + ": a figure printed " + rounding.describe() + " is one");
                continue;
            }
            RoundingRule.Span span = rounding.rule().printedAs(pair.printed(), rounding.unit());
            if (span.high().signum() <= 0 || span.high().signum() == 0 && span.highIn()) {
                errors.put(field + ".printed", "no rate prints a positive amount as " + pair.printed().toPlainString()
                        + " " + rounding.describe());
                continue;
            }
            // rate = kzt / figure: the highest figure gives the lowest rate
            Bound low = new Bound(pair.kzt(), span.high(), span.highIn());
            Bound high = span.low().signum() > 0 ? new Bound(pair.kzt(), span.low(), span.lowIn()) : null;
            intervals.add(new Interval(pair, low, high));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return intervals;
    }

    /** Names the two pairs that no one rate satisfies together: the one needing the highest rate and the lowest. */
    private static String conflict(List<Interval> intervals, Rounding rounding) {
        Interval needsHighest = intervals.getFirst();
        Interval allowsLowest = null;
        for (Interval interval : intervals) {
            if (interval.low.compareTo(needsHighest.low) > 0) {
                needsHighest = interval;
            }
            if (interval.high != null && (allowsLowest == null || interval.high.compareTo(allowsLowest.high) < 0)) {
                allowsLowest = interval;
            }
        }
        return "No single rate reproduces every printed pair " + rounding.describe() + ": "
                + needsHighest.pair.describe() + " needs a rate " + needsHighest.low.describeAsLow() + ", but "
                + allowsLowest.pair.describe() + " needs one " + allowsLowest.high.describeAsHigh()
                + ". Check these figures as the report prints them, and the rounding.";
    }

    private static BigDecimal nearestMiddle(Interval common, BigDecimal first, BigDecimal last, int decimals) {
        BigDecimal middle = common.low.value().add(common.high.value()).divide(BigDecimal.TWO, MathContext.DECIMAL128);
        BigDecimal chosen = middle.setScale(decimals, RoundingMode.HALF_UP);
        return chosen.max(first).min(last);
    }

    private static BigDecimal shown(Bound bound, RoundingMode outward) {
        return bound == null ? null : bound.numerator.divide(bound.denominator, SHOWN_DECIMALS, outward);
    }

    /** A quotient kept exact, with whether the interval holds it. */
    private record Bound(BigDecimal numerator, BigDecimal denominator, boolean in) implements Comparable<Bound> {

        @Override
        public int compareTo(Bound other) {
            return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
        }

        /** How {@code value} compares with this quotient, exactly. */
        int compareWith(BigDecimal value) {
            return value.multiply(denominator).compareTo(numerator);
        }

        BigDecimal value() {
            return numerator.divide(denominator, MathContext.DECIMAL128);
        }

        String describeAsLow() {
            return (in ? "at least " : "above ") + numerator.divide(denominator, 6, RoundingMode.DOWN).toPlainString();
        }

        String describeAsHigh() {
            return (in ? "at most " : "below ") + numerator.divide(denominator, 6, RoundingMode.UP).toPlainString();
        }
    }

    /** Rates from {@code low} to {@code high} (null: unbounded above), allowed by {@code pair} (null: by several). */
    private record Interval(PrintedPair pair, Bound low, Bound high) {

        Interval intersect(Interval other) {
            Bound higherLow = low.compareTo(other.low) > 0 ? low : other.low.compareTo(low) > 0 ? other.low
                    : new Bound(low.numerator, low.denominator, low.in && other.low.in);
            Bound lowerHigh;
            if (high == null || other.high == null) {
                lowerHigh = high == null ? other.high : high;
            } else {
                lowerHigh = high.compareTo(other.high) < 0 ? high : other.high.compareTo(high) < 0 ? other.high
                        : new Bound(high.numerator, high.denominator, high.in && other.high.in);
            }
            return new Interval(null, higherLow, lowerHigh);
        }

        boolean isEmpty() {
            if (high == null) {
                return false;
            }
            int order = low.compareTo(high);
            return order > 0 || order == 0 && !(low.in && high.in);
        }

        /** The smallest multiple of {@code step} in the interval (it has no upper end, or check with {@link #lastMultipleOf}). */
        BigDecimal firstMultipleOf(BigDecimal step) {
            BigDecimal first = low.numerator.divide(low.denominator.multiply(step), 0, RoundingMode.CEILING).multiply(step);
            return low.compareWith(first) == 0 && !low.in ? first.add(step) : first;
        }

        /** The largest multiple of {@code step} in the interval; null when it has no upper end. */
        BigDecimal lastMultipleOf(BigDecimal step) {
            if (high == null) {
                return null;
            }
            BigDecimal last = high.numerator.divide(high.denominator.multiply(step), 0, RoundingMode.FLOOR).multiply(step);
            return high.compareWith(last) == 0 && !high.in ? last.subtract(step) : last;
        }

        String describe() {
            String from = (low.in ? "rates from " : "rates above ") + low.numerator.divide(low.denominator, 6, RoundingMode.DOWN)
                    .toPlainString();
            return high == null ? from : from + (high.in ? " up to " : " to below ")
                    + high.numerator.divide(high.denominator, 6, RoundingMode.UP).toPlainString();
        }
    }
}
