package kz.registry.claims;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kz.registry.claims.entity.ClaimStatus;
import kz.registry.claims.entity.FundDirection;
import kz.registry.claims.entity.FundSource;

/**
 * The words the claims capability stores in its tables and events, published for whoever reads
 * them (the reports), and derived from its own types: a new state, direction or source is never
 * missing here, and {@link ClaimStatus} places every state (a switch without default).
 */
public final class ClaimVocabulary {

    /** The stored states in which a claim's amount stands approved, whether paid yet or not. */
    public static final Set<String> APPROVED_STATES = states(ClaimStatus::standsApproved);
    /** The stored states in which a claim waits for its first decision. */
    public static final Set<String> UNDECIDED_STATES = states(ClaimStatus::awaitsFirstDecision);
    /** Every stored state. */
    public static final Set<String> ALL_STATES = states(state -> true);
    /** A fund entry's stored direction: money in. */
    public static final String FUND_IN = FundDirection.IN.name();
    /** A fund entry's stored direction: money out. */
    public static final String FUND_OUT = FundDirection.OUT.name();
    /** The fund's stored source for money recourse brought back. */
    public static final String RECOVERY_SOURCE = FundSource.RECOVERY.name();

    private ClaimVocabulary() {
    }

    private static Set<String> states(Predicate<ClaimStatus> which) {
        return Arrays.stream(ClaimStatus.values()).filter(which).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
