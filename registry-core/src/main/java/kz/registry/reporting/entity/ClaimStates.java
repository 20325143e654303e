package kz.registry.reporting.entity;

import java.util.Set;
import java.util.stream.Collectors;
import kz.registry.claims.ClaimVocabulary;

/** The claim states the compensation report counts by, as the claims capability publishes them. */
public final class ClaimStates {

    /** States in which a claim's amount stands approved, whether paid yet or not. */
    public static final Set<String> APPROVED = ClaimVocabulary.APPROVED_STATES;
    /** States in which a claim waits for its first decision. */
    public static final Set<String> UNDECIDED = ClaimVocabulary.UNDECIDED_STATES;

    private ClaimStates() {
    }

    /** The states as an SQL list: {@code ('A', 'B')}, in a fixed order. */
    public static String sql(Set<String> states) {
        return states.stream().sorted().map(state -> "'" + state + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
