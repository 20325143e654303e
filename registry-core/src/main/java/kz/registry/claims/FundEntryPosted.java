package kz.registry.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fund entry just written, told in the transaction that writes it, under the fund account's
 * lock (outside demo loading, which runs alone): summaries of the fund observe it.
 *
 * @param source the fund source as the fund's ledger stores it (COMPULSORY_PAYMENT)
 * @param amount in KZT, positive whichever the direction
 */
public record FundEntryPosted(LocalDate valueDate, boolean inflow, String source, BigDecimal amount) {
}
