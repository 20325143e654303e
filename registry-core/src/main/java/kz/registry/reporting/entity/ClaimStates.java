package kz.registry.reporting.entity;

import java.util.Set;
import java.util.stream.Collectors;

/** Claim states (as {@code ClaimVocabulary} publishes them) written into the compensation report's SQL. */
public final class ClaimStates {

    private ClaimStates() {
    }

    /** The states as an SQL list: {@code ('A', 'B')}, in a fixed order. */
    public static String sql(Set<String> states) {
        return states.stream().sorted().map(state -> "'" + state + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
