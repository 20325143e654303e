package kz.registry.budget.entity;

import java.time.LocalDate;
import java.util.UUID;
import kz.registry.shared.InvalidInputException;

/**
 * Which ledger entries a list shows; a null criterion does not filter. Reversals are listed too.
 * {@code words}: a search in the description, the case number and the recipient; {@code valueFrom}
 * and {@code valueTo}: the first and last value dates, both included.
 */
public record EntryFilter(EntryKind kind, Integer year, FundingSource source, String purpose, UUID parentId,
                          UUID appropriationId, UUID shelterId, String caseNumber, UUID batchId, String words,
                          LocalDate valueFrom, LocalDate valueTo) {

    public EntryFilter {
        if (valueFrom != null && valueTo != null && valueTo.isBefore(valueFrom)) {
            throw new InvalidInputException("valueTo", "is before valueFrom (" + valueFrom
                    + "): the last day comes on or after the first");
        }
    }

    public static EntryFilter of(EntryKind kind) {
        return new EntryFilter(kind, null, null, null, null, null, null, null, null, null, null, null);
    }
}
