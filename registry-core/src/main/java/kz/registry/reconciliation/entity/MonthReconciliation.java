package kz.registry.reconciliation.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One account's month, as it stands: what the bank says, what the ledger says, what settles what,
 * and every item left on either side with its age and what was decided about it.
 *
 * @param month     the month, YYYY-MM
 * @param bank      the statements of the month: the first one's opening balance, the last one's
 *                  closing balance, what they moved by, and what their lines in the month add up to
 * @param ledger    the ledger's balance before and after the month (the fund's; the budget's
 *                  payment account has none in the registry) and its movement in the month
 * @param unmatched items not settled by a match, each with its resolution if one was made
 * @param blocking  why the month cannot be signed off yet; empty when it can
 */
public record MonthReconciliation(String account, AccountKind kind, String currency, String month, LocalDate asOf,
                                  Bank bank, Ledger ledger, Matched matched, List<Item> unmatched,
                                  List<MatchView> matches, SignedOff signedOff, List<String> blocking) {

    public MonthReconciliation {
        unmatched = List.copyOf(unmatched);
        matches = List.copyOf(matches);
        blocking = List.copyOf(blocking);
    }

    public record Bank(List<String> statements, BigDecimal opening, BigDecimal closing, BigDecimal movement,
                       BigDecimal lines) {
        public Bank {
            statements = List.copyOf(statements);
        }
    }

    public record Ledger(BigDecimal opening, BigDecimal closing, BigDecimal movement) {
    }

    public record Matched(int lines, int entries, BigDecimal amount) {
    }

    /**
     * An item on one side ({@code BANK}: a statement line; {@code LEDGER}: a ledger entry).
     *
     * @param ageDays days from the item's day to {@code asOf}
     */
    public record Item(String side, UUID id, LocalDate day, BigDecimal amount, String reference, String description,
                       long ageDays, String resolution, String reason) {
    }

    public record MatchView(UUID id, String rule, List<UUID> lines, List<UUID> entries, BigDecimal amount, String by,
                            String reason) {
        public MatchView {
            lines = List.copyOf(lines);
            entries = List.copyOf(entries);
        }
    }

    public record SignedOff(Instant at, String by, String figures) {
    }
}
