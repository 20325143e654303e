package kz.registry.reporting.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The fund over a period, in KZT: what it held before, what came in by source, what was paid
 * out, what recourse brought back, and what it held after. {@code ledgerBalance} is the ledger's
 * own sum of every entry up to the period's last day, computed separately: the statement
 * reconciles when the two agree.
 */
public record FundStatement(LocalDate from, LocalDate to, BigDecimal opening, Map<String, BigDecimal> inflows,
                            BigDecimal recoveries, BigDecimal payments, BigDecimal closing, BigDecimal ledgerBalance) {

    public FundStatement {
        inflows = Map.copyOf(inflows);
    }

    public boolean reconciles() {
        return closing.compareTo(ledgerBalance) == 0;
    }
}
