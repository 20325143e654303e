package kz.registry.reporting.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import kz.registry.shared.InvalidInputException;

/**
 * Which claims a compensation report covers and how it groups them. Null filters take all.
 *
 * @param fromYear    first year of filing
 * @param toYear      last year of filing
 * @param origin      "foreign" or "domestic"
 * @param proceeding  a proceeding's registration number
 * @param asOf        the day "waiting longer than the target" is judged on
 */
public record CompensationQuery(int fromYear, int toYear, String category, String status, String origin,
                                String citizenship, String sex, Boolean minor, String exploitation, String proceeding,
                                LocalDate asOf, Set<CompensationDimension> groupBy) {

    /** The law's target: documents ready within two months of filing. */
    public static final int TARGET_MONTHS = 2;

    public CompensationQuery {
        if (fromYear < 2018 || toYear > 2100 || fromYear > toYear) {
            throw new InvalidInputException("fromYear", "the years of filing must lie between 2018 (the law) and 2100, "
                    + "the first not after the last");
        }
        if (origin != null && !origin.equals("foreign") && !origin.equals("domestic")) {
            throw new InvalidInputException("origin", "must be foreign or domestic");
        }
        Objects.requireNonNull(asOf, "asOf");
        groupBy = groupBy == null ? Set.of() : Set.copyOf(groupBy);
    }

    /** Claims filed before this day (two months before {@code asOf}) and still undecided are past the target. */
    public LocalDate targetCutoff() {
        return asOf.minusMonths(TARGET_MONTHS);
    }

    public boolean groups(CompensationDimension dimension) {
        return groupBy.contains(dimension);
    }
}
