package kz.registry.reporting.entity;

import java.util.Set;
import java.util.stream.Collectors;

/** The claim states the compensation report counts by, as the claims store them. */
public final class ClaimStates {

    /** States in which a claim's amount stands approved, whether paid yet or not. */
    public static final Set<String> APPROVED = Set.of("APPROVED", "ON_REGISTER", "PAID", "RECOURSE_OPENED", "RECOVERED");
    /** States in which a claim waits for its first decision. */
    public static final Set<String> UNDECIDED = Set.of("RECEIVED", "UNDER_REVIEW");

    private ClaimStates() {
    }

    /** The states as an SQL list: {@code ('A', 'B')}, in a fixed order. */
    public static String sql(Set<String> states) {
        return states.stream().sorted().map(state -> "'" + state + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
