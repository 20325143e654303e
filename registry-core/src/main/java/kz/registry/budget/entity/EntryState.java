package kz.registry.budget.entity;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.registry.money.Money;

/**
 * An entry with what stands against it now: for an appropriation the sum allocated, for an
 * allocation the sums committed and paid (reversals netted), and the reversal that undid it,
 * if one did.
 */
public record EntryState(BudgetEntry entry, UUID reversedBy, Map<EntryKind, Money> usedBelow) {

    public EntryState {
        usedBelow = Map.copyOf(usedBelow);
    }

    public Optional<UUID> reversal() {
        return Optional.ofNullable(reversedBy);
    }

    /** The sum of entries of that kind against this one; zero in this entry's currency when none. */
    public Money used(EntryKind kind) {
        return usedBelow.getOrDefault(kind, Money.zero(entry.amount().currency()));
    }

    /** What is left for entries of that kind: the entry's amount less what they use. */
    public Money remaining(EntryKind kind) {
        return entry.amount().minus(used(kind));
    }
}
