package kz.registry.budget.entity;

import java.util.UUID;
import kz.registry.shared.DayRange;

/**
 * Which ledger entries a list shows; a null criterion does not filter. Reversals are listed too.
 * {@code words}: a search in the description, the case number and the recipient; {@code valued}:
 * the first and last value dates, both included.
 */
public record EntryFilter(EntryKind kind, Integer year, FundingSource source, String purpose, UUID parentId,
                          UUID appropriationId, UUID shelterId, String caseNumber, UUID batchId, String words,
                          DayRange valued) {

    public static EntryFilter of(EntryKind kind) {
        return new EntryFilter(kind, null, null, null, null, null, null, null, null, null, DayRange.ANY);
    }
}
