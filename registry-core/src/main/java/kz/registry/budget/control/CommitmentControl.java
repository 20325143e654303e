package kz.registry.budget.control;

import kz.registry.budget.entity.EntryKind;
import kz.registry.money.Money;
import kz.registry.shared.BusinessRuleException;

/**
 * The rule of commitment control: what stands against an entry never exceeds it. Allocations
 * never exceed their appropriation; commitments, and payments, never exceed their allocation.
 * A refusal says how much is left.
 */
public final class CommitmentControl {

    private CommitmentControl() {
    }

    /**
     * Refuses {@code asked} when, with what is already {@code used}, it would exceed {@code limit}.
     *
     * @param parent what the limit belongs to, as a person reads it ("appropriation 1f2e...")
     * @param kind   the kind of entry asked for
     */
    public static void refuseOverrun(String parent, Money limit, EntryKind kind, Money used, Money asked) {
        Money after = used.plus(asked);
        if (after.compareTo(limit) > 0) {
            Money left = limit.minus(used);
            throw new BusinessRuleException(capitalised(parent) + " of " + limit + " has " + (left.isNegative()
                    ? "nothing" : left.toString()) + " left to " + verb(kind) + " (" + used + " " + participle(kind)
                    + "); " + asked + " was asked.");
        }
    }

    static String verb(EntryKind kind) {
        return switch (kind) {
            case ALLOCATION -> "allocate";
            case COMMITMENT -> "commit";
            case PAYMENT -> "pay";
            case APPROPRIATION -> "appropriate";
        };
    }

    static String participle(EntryKind kind) {
        return switch (kind) {
            case ALLOCATION -> "allocated";
            case COMMITMENT -> "committed";
            case PAYMENT -> "paid";
            case APPROPRIATION -> "appropriated";
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
