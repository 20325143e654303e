package kz.registry.reporting.entity;

import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.registry.budget.EntriesPosted;

/**
 * The finest group spending is summed by: a fiscal year, source (as the ledger stores it),
 * purpose, shelter or investigation (or neither), and currency.
 */
public record SpendingGroup(int year, String source, String purpose, UUID shelterId, String caseNumber, String currency) {

    public SpendingGroup {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(currency, "currency");
    }

    public static SpendingGroup of(EntriesPosted.Entry entry) {
        return new SpendingGroup(entry.year(), entry.source(), entry.purpose(), entry.shelterId(), entry.caseNumber(),
                entry.currency());
    }

    /** The same group without its shelter or investigation: what the by-purpose summary keeps. */
    public SpendingGroup byPurpose() {
        return new SpendingGroup(year, source, purpose, null, null, currency);
    }

    /**
     * The group as one text, the summaries' key. No part can hold the separator: sources and
     * currencies are codes, purposes are codes of lowercase letters and hyphens, case numbers
     * are refused with it (see {@code Target}), a shelter is a UUID.
     */
    public String key() {
        return Stream.of(year, source, purpose, shelterId, caseNumber, currency)
                .map(part -> part == null ? "" : part.toString()).collect(Collectors.joining("|"));
    }
}
