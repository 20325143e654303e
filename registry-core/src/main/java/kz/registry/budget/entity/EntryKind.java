package kz.registry.budget.entity;

import java.util.Optional;

/**
 * The four steps public money goes through, each a kind of ledger entry: an appropriation
 * (what a budget grants for a year, a source and a purpose), its allocations (to a shelter, an
 * investigation or another recipient), and against an allocation its commitments and payments.
 */
public enum EntryKind {
    APPROPRIATION("appropriation", null),
    ALLOCATION("allocation", APPROPRIATION),
    COMMITMENT("commitment", ALLOCATION),
    PAYMENT("payment", ALLOCATION);

    private final String recordType;
    private final EntryKind parent;

    EntryKind(String recordType, EntryKind parent) {
        this.recordType = recordType;
        this.parent = parent;
    }

    /** The name of an entry of this kind in messages and in the audit trail. */
    public String recordType() {
        return recordType;
    }

    /** The kind of entry this one is posted against: none for an appropriation. */
    public Optional<EntryKind> parent() {
        return Optional.ofNullable(parent);
    }
}
