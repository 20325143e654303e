package kz.registry.reconciliation.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement as read from the bank's file, before it is stored: balances and amounts signed (a
 * credit, money in, above zero).
 *
 * @param reference the bank's identification of the statement
 * @param account   the account's IBAN (or the bank's own identification of it)
 */
public record ParsedStatement(String reference, String messageId, String account, String currency, LocalDate from,
                              LocalDate to, BigDecimal opening, BigDecimal closing, List<Line> lines) {

    public ParsedStatement {
        lines = List.copyOf(lines);
    }

    /** The lines' amounts added up: what the balance moved by, if the statement is whole. */
    public BigDecimal movement() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * One booked entry.
     *
     * @param reference     what the payer or payee gave (end-to-end id, remittance text): what the ledger knows
     * @param bankReference the bank's own reference of the entry
     */
    public record Line(int number, LocalDate booked, LocalDate value, BigDecimal amount, String reference,
                       String bankReference, String description) {
    }
}
