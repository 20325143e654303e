package kz.registry.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

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
        switch (kind) {
            case "APPROPRIATION" -> appropriated = appropriated.add(amount);
            case "ALLOCATION" -> allocated = allocated.add(amount);
            case "COMMITMENT" -> committed = committed.add(amount);
            case "PAYMENT" -> paid = paid.add(amount);
            default -> throw new IllegalArgumentException("no ledger entry is of kind " + kind);
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

    public SpendingFigures copy() {
        return new SpendingFigures().add(this);
    }
}
