package kz.registry.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import kz.registry.budget.LedgerVocabulary;

/** The four sums a spending summary keeps per group, in the group's currency, as the ledger stores them. */
@Embeddable
public class SpendingFigures {

    @Column(nullable = false, precision = 30, scale = 4)
    private BigDecimal appropriated = BigDecimal.ZERO;

    @Column(nullable = false, precision = 30, scale = 4)
    private BigDecimal allocated = BigDecimal.ZERO;

    @Column(nullable = false, precision = 30, scale = 4)
    private BigDecimal committed = BigDecimal.ZERO;

    @Column(nullable = false, precision = 30, scale = 4)
    private BigDecimal paid = BigDecimal.ZERO;

    /** Counts an entry of a kind: a reversal's amount is negative and so takes its original back out. */
    public SpendingFigures add(String kind, BigDecimal amount) {
        if (kind.equals(LedgerVocabulary.APPROPRIATION)) {
            appropriated = appropriated.add(amount);
        } else if (kind.equals(LedgerVocabulary.ALLOCATION)) {
            allocated = allocated.add(amount);
        } else if (kind.equals(LedgerVocabulary.COMMITMENT)) {
            committed = committed.add(amount);
        } else if (kind.equals(LedgerVocabulary.PAYMENT)) {
            paid = paid.add(amount);
        } else {
            throw new IllegalArgumentException("the spending figures have no place for ledger entries of kind " + kind);
        }
        return this;
    }

    public SpendingFigures add(SpendingFigures other) {
        appropriated = appropriated.add(other.appropriated);
        allocated = allocated.add(other.allocated);
        committed = committed.add(other.committed);
        paid = paid.add(other.paid);
        return this;
    }

    /** Appropriated, allocated, committed and paid, in that order. */
    public java.util.List<BigDecimal> inOrder() {
        return java.util.List.of(appropriated, allocated, committed, paid);
    }

    public SpendingFigures copy() {
        return new SpendingFigures().add(this);
    }
}
