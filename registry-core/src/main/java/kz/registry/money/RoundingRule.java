package kz.registry.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.registry.shared.InvalidInputException;

/**
 * How a report rounds its converted figures to its unit, and so which exact figures print as a
 * given one. Stored by name: never rename a constant.
 */
public enum RoundingRule {
    /** Halves away from zero, as most publications round. */
    HALF_UP(RoundingMode.HALF_UP),
    /** Halves to the even neighbour (banker's rounding). */
    HALF_EVEN(RoundingMode.HALF_EVEN),
    HALF_DOWN(RoundingMode.HALF_DOWN),
    /** Cut off: toward zero. */
    DOWN(RoundingMode.DOWN),
    /** Away from zero. */
    UP(RoundingMode.UP);

    private final RoundingMode mode;

    RoundingRule(RoundingMode mode) {
        this.mode = mode;
    }

    public RoundingMode mode() {
        return mode;
    }

    /** The wire name: {@code half-up}, {@code half-even} ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RoundingRule of(String field, String code) {
        String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(rule -> rule.name().equals(normal)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + code + "' is not a rounding rule; one of "
                        + Arrays.stream(values()).map(RoundingRule::code).collect(Collectors.joining(", "))));
    }

    /**
     * The exact non-negative figures that this rule prints as {@code printed} (a multiple of
     * {@code unit}): half-up prints 491,080 for every figure from 491,075 up to, not including,
     * 491,085.
     */
    Span printedAs(BigDecimal printed, BigDecimal unit) {
        BigDecimal half = unit.divide(BigDecimal.TWO);
        BigDecimal below = printed.subtract(half);
        BigDecimal above = printed.add(half);
        return switch (this) {
            case HALF_UP -> new Span(below, true, above, false);
            case HALF_DOWN -> new Span(below, false, above, true);
            case HALF_EVEN -> {
                boolean even = !printed.divideToIntegralValue(unit).toBigInteger().testBit(0);
                yield new Span(below, even, above, even);
            }
            case DOWN -> new Span(printed, true, printed.add(unit), false);
            case UP -> new Span(printed.subtract(unit), false, printed, true);
        };
    }

    /** The figures from {@code low} to {@code high}, each end in or out. */
    record Span(BigDecimal low, boolean lowIn, BigDecimal high, boolean highIn) {
    }
}
