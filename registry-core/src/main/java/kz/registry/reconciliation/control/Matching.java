package kz.registry.reconciliation.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Which statement lines settle which ledger entries, as an officer would pair them: first by
 * reference, then by amount and day. Amounts are signed the same way on both sides (money into
 * the account above zero).
 *
 * <ol>
 * <li><b>By reference.</b> A line whose reference names ledger entries of the same direction
 * that add up to the line's amount settles them all (a register's payout: one debit for every
 * claim on it); the reverse too, several lines with one entry's reference that add up to it.</li>
 * <li><b>By amount and day.</b> What is left: a line and an entry of exactly the same amount
 * whose days lie within the window the officer sets, when neither has another such partner.
 * Where two could pair, nothing is guessed: the officer decides.</li>
 * </ol>
 */
public final class Matching {

    /** How a match was found. */
    public enum Rule { REFERENCE, AMOUNT_AND_DATE, BY_HAND }

    /** A statement line not matched yet. */
    public record BankItem(UUID id, LocalDate day, BigDecimal amount, String reference) {
    }

    /** A ledger entry not matched yet, with every reference it goes by (its own, its register's number ...). */
    public record LedgerItem(UUID id, LocalDate day, BigDecimal amount, Set<String> references) {
        public LedgerItem {
            references = Set.copyOf(references);
        }
    }

    public record Match(List<UUID> lines, List<UUID> entries, Rule rule) {
        public Match {
            lines = List.copyOf(lines);
            entries = List.copyOf(entries);
        }
    }

    private Matching() {
    }

    public static List<Match> match(List<BankItem> lines, List<LedgerItem> entries, int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("a window of days is not negative");
        }
        Set<UUID> taken = new HashSet<>();
        List<Match> matches = new ArrayList<>();
        List<BankItem> orderedLines = lines.stream().sorted(Comparator.comparing(BankItem::day)
                .thenComparing(BankItem::id)).toList();
        List<LedgerItem> orderedEntries = entries.stream().sorted(Comparator.comparing(LedgerItem::day)
                .thenComparing(LedgerItem::id)).toList();

        for (BankItem line : orderedLines) {
            String reference = normal(line.reference());
            if (reference == null) {
                continue;
            }
            List<LedgerItem> named = orderedEntries.stream().filter(entry -> !taken.contains(entry.id())
                    && sameDirection(entry.amount(), line.amount()) && normalised(entry.references()).contains(reference)).toList();
            if (!named.isEmpty() && sum(named.stream().map(LedgerItem::amount)).compareTo(line.amount()) == 0) {
                take(matches, taken, List.of(line.id()), named.stream().map(LedgerItem::id).toList(), Rule.REFERENCE);
            }
        }
        for (LedgerItem entry : orderedEntries) {
            if (taken.contains(entry.id())) {
                continue;
            }
            for (String reference : normalised(entry.references())) {
                List<BankItem> naming = orderedLines.stream().filter(line -> !taken.contains(line.id())
                        && sameDirection(line.amount(), entry.amount()) && reference.equals(normal(line.reference()))).toList();
                if (naming.size() > 1 && sum(naming.stream().map(BankItem::amount)).compareTo(entry.amount()) == 0) {
                    take(matches, taken, naming.stream().map(BankItem::id).toList(), List.of(entry.id()), Rule.REFERENCE);
                    break;
                }
            }
        }
        for (BankItem line : orderedLines) {
            if (taken.contains(line.id())) {
                continue;
            }
            List<LedgerItem> candidates = orderedEntries.stream().filter(entry -> !taken.contains(entry.id())
                    && pairs(line, entry, windowDays)).toList();
            if (candidates.size() != 1) {
                continue;
            }
            LedgerItem entry = candidates.getFirst();
            long rivals = orderedLines.stream().filter(other -> !taken.contains(other.id()) && pairs(other, entry, windowDays))
                    .count();
            if (rivals == 1) {
                take(matches, taken, List.of(line.id()), List.of(entry.id()), Rule.AMOUNT_AND_DATE);
            }
        }
        return matches;
    }

    private static boolean pairs(BankItem line, LedgerItem entry, int windowDays) {
        return line.amount().compareTo(entry.amount()) == 0
                && Math.abs(ChronoUnit.DAYS.between(line.day(), entry.day())) <= windowDays;
    }

    private static void take(List<Match> matches, Set<UUID> taken, List<UUID> lines, List<UUID> entries, Rule rule) {
        matches.add(new Match(lines, entries, rule));
        taken.addAll(lines);
        taken.addAll(entries);
    }

    private static boolean sameDirection(BigDecimal a, BigDecimal b) {
        return a.signum() == b.signum();
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Set<String> normalised(Set<String> references) {
        Set<String> normal = new LinkedHashSet<>();
        references.stream().map(Matching::normal).filter(java.util.Objects::nonNull).forEach(normal::add);
        return normal;
    }

    /** References as banks pass them on: case and spaces are not kept everywhere. */
    static String normal(String reference) {
        if (reference == null) {
            return null;
        }
        String normal = reference.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return normal.isEmpty() ? null : normal;
    }
}
