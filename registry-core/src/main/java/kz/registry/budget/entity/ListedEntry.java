package kz.registry.budget.entity;

import java.util.Currency;
import java.util.List;
import kz.registry.money.Restatement.Restated;

/**
 * A ledger entry as it is shown: its state (reversal, what stands against it) and its amount's
 * equivalents in the tenge and the dollar, each restated or saying why it could not be.
 */
public record ListedEntry(EntryState state, List<Equivalent> equivalents) {

    public ListedEntry {
        equivalents = List.copyOf(equivalents);
    }

    /** The entry's amount in {@code currency}, or why it could not be restated. */
    public record Equivalent(Currency currency, Restated restated) {
    }
}
