package kz.registry.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/** Spending sums of one group: what the changes and the totals share. */
@MappedSuperclass
public abstract class GroupedSpending {

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false, length = 32)
    private String source;

    @Column(nullable = false, length = 40)
    private String purpose;

    @Column(nullable = false, length = 3)
    private String currency;

    @Embedded
    private SpendingFigures figures;

    protected GroupedSpending() {
        // for JPA
    }

    protected GroupedSpending(SpendingGroup group, SpendingFigures figures) {
        this.fiscalYear = group.year();
        this.source = group.source();
        this.purpose = group.purpose();
        this.currency = group.currency();
        this.figures = figures.copy();
    }

    /** The group, given its shelter and investigation (null in the by-purpose totals). */
    protected SpendingGroup group(java.util.UUID shelterId, String caseNumber) {
        return new SpendingGroup(fiscalYear, source, purpose, shelterId, caseNumber, currency);
    }

    public SpendingFigures figures() {
        return figures;
    }
}
