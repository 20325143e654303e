package kz.registry.budget.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.registry.shared.InvalidInputException;

/** Where the money comes from. Stored by name: never rename a constant. */
public enum FundingSource {
    REPUBLICAN_BUDGET,
    /** The local (akimat) budget of a region or city. */
    LOCAL_BUDGET,
    VICTIMS_COMPENSATION_FUND,
    DONOR;

    /** The wire name: {@code republican-budget}, {@code local-budget} ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A source by its wire name (or constant name); anything else is named in a 400. */
    public static FundingSource of(String field, String code) {
        String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(source -> source.name().equals(normal)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + code + "' is not a funding source; one of "
                        + Arrays.stream(values()).map(FundingSource::code).collect(Collectors.joining(", "))));
    }
}
