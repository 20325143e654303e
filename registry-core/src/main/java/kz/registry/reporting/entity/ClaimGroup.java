package kz.registry.reporting.entity;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The finest bucket claims are counted in: the report's dimensions, and what keeps its maximum
 * days and its waiting claims exact (days to decision and to payment, and an undecided claim's
 * month of filing as yyyymm; null where they do not apply).
 */
public record ClaimGroup(int filedYear, String category, String status, String citizenship, String sex, boolean minor,
                         String exploitation, Integer decisionDays, Integer paymentDays, Integer undecidedMonth) {

    public ClaimGroup {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(citizenship, "citizenship");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(exploitation, "exploitation");
    }

    /** The bucket as one text, the totals' key; no part holds the separator (codes, numbers). */
    public String key() {
        return Stream.of(filedYear, category, status, citizenship, sex, minor, exploitation, decisionDays, paymentDays,
                undecidedMonth).map(part -> part == null ? "" : part.toString()).collect(Collectors.joining("|"));
    }
}
