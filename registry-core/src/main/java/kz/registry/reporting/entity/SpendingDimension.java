package kz.registry.reporting.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kz.registry.shared.InvalidInputException;

/** What a spending report groups by, besides the fiscal year it always groups by. */
public enum SpendingDimension {
    SOURCE, PURPOSE, SHELTER, CITY, INVESTIGATION;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** From {@code groupBy=purpose,shelter}; empty or null groups by year only. */
    public static Set<SpendingDimension> parse(String groupBy) {
        Set<SpendingDimension> chosen = EnumSet.noneOf(SpendingDimension.class);
        if (groupBy == null || groupBy.isBlank()) {
            return chosen;
        }
        for (String name : groupBy.split(",")) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty() || wanted.equals("year")) {
                continue;
            }
            chosen.add(Arrays.stream(values()).filter(d -> d.parameter().equals(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("groupBy", "'" + name.strip() + "' is not one of year, "
                            + Arrays.stream(values()).map(SpendingDimension::parameter).collect(Collectors.joining(", ")))));
        }
        return chosen;
    }
}
