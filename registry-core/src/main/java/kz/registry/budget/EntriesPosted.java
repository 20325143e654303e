package kz.registry.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Entries just written to the budget ledger, told in the transaction that writes them: whoever
 * keeps a summary of the ledger observes this and records its change in the same transaction.
 */
public record EntriesPosted(List<Entry> entries) {

    public EntriesPosted {
        entries = List.copyOf(entries);
    }

    /**
     * One entry as a summary counts it.
     *
     * @param kind   APPROPRIATION, ALLOCATION, COMMITMENT or PAYMENT, as the ledger stores it
     * @param source the funding source as the ledger stores it (REPUBLICAN_BUDGET)
     * @param amount negative for a reversal
     */
    public record Entry(String kind, int year, String source, String purpose, UUID shelterId, String caseNumber,
                        BigDecimal amount, String currency) {
    }
}
