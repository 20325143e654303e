package kz.registry.budget;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.registry.budget.entity.EntryKind;

/**
 * The words the budget ledger stores for its kinds of entry (in its tables and in
 * {@link EntriesPosted}), published for whoever reads them (the reports) and derived from
 * {@link EntryKind}, so a new kind is never missing here.
 */
public final class LedgerVocabulary {

    public static final String APPROPRIATION = EntryKind.APPROPRIATION.name();
    public static final String ALLOCATION = EntryKind.ALLOCATION.name();
    public static final String COMMITMENT = EntryKind.COMMITMENT.name();
    public static final String PAYMENT = EntryKind.PAYMENT.name();
    /** Every kind, in the order money goes through them. */
    public static final List<String> KINDS = Arrays.stream(EntryKind.values()).map(Enum::name).toList();

    private LedgerVocabulary() {
    }

    /** A funding source as the ledger stores it (REPUBLICAN_BUDGET), from its code in the API (republican-budget). */
    public static String storedSource(String code) {
        return code.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** A funding source's code in the API (republican-budget), from how the ledger stores it (REPUBLICAN_BUDGET). */
    public static String sourceCode(String stored) {
        return stored.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
