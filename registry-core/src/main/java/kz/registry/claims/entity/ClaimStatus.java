package kz.registry.claims.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A claim's life (docs/domain.md): received, under review, then approved, denied (with a reason) or
 * withdrawn; a denial may be appealed, and the appeal approved or denied; an approved claim goes
 * on a payment register and is paid; a paid claim opens recourse, which ends recovered.
 * Stored by name.
 */
public enum ClaimStatus {
    RECEIVED,
    UNDER_REVIEW,
    APPROVED,
    DENIED,
    WITHDRAWN,
    APPEALED,
    ON_REGISTER,
    PAID,
    RECOURSE_OPENED,
    RECOVERED;

    /** Where a claim may go from here. */
    public Set<ClaimStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, DENIED, WITHDRAWN);
            case DENIED -> EnumSet.of(APPEALED);
            case APPEALED -> EnumSet.of(APPROVED, DENIED);
            case APPROVED -> EnumSet.of(ON_REGISTER);
            case ON_REGISTER -> EnumSet.of(PAID);
            case PAID -> EnumSet.of(RECOURSE_OPENED);
            case RECOURSE_OPENED -> EnumSet.of(RECOVERED);
            case WITHDRAWN, RECOVERED -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    /**
     * Whether the claim's amount stands approved here, paid yet or not: what the reports count as
     * approved. Every state answers (no default), so a new state cannot miss its place in them.
     */
    public boolean standsApproved() {
        return switch (this) {
            case APPROVED, ON_REGISTER, PAID, RECOURSE_OPENED, RECOVERED -> true;
            case RECEIVED, UNDER_REVIEW, DENIED, WITHDRAWN, APPEALED -> false;
        };
    }

    /** Whether the claim still waits for its first decision (an appeal waits for its second). */
    public boolean awaitsFirstDecision() {
        return switch (this) {
            case RECEIVED, UNDER_REVIEW -> true;
            case APPROVED, DENIED, WITHDRAWN, APPEALED, ON_REGISTER, PAID, RECOURSE_OPENED, RECOVERED -> false;
        };
    }

    /**
     * Whether a clerk moves a claim here by a decision; the other states follow from payment
     * registers (on a register, paid) and recourse (opened, recovered).
     */
    public boolean isDecision() {
        return EnumSet.of(UNDER_REVIEW, APPROVED, DENIED, WITHDRAWN, APPEALED).contains(this);
    }
}
