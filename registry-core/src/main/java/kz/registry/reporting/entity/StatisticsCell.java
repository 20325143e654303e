package kz.registry.reporting.entity;

import java.math.BigDecimal;

/**
 * What the claims filed in one year count, for one value of one dimension (the whole year:
 * dimension {@code year}, value null), before anything is hidden.
 *
 * @param victims         distinct victims with a claim in the cell
 * @param approved        the amounts of the claims that stand approved, paid or not
 * @param decided         claims with a first decision
 * @param daysToDecision  the days from filing to decision, added over the decided claims
 */
public record StatisticsCell(String dimension, int year, String value, long victims, long claims, long approvedClaims,
                             BigDecimal approved, long paidClaims, BigDecimal paid, long decided, long daysToDecision) {

    /** The dimension of a year's totals. */
    public static final String YEAR = "year";
}
