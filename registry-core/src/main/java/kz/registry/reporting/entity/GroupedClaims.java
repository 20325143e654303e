package kz.registry.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/** A bucket of claims and its figures: what a claim's fact, a change and a total share. */
@MappedSuperclass
public abstract class GroupedClaims {

    @Column(name = "filed_year", nullable = false)
    private int filedYear;
    @Column(nullable = false, length = 40)
    private String category;
    @Column(nullable = false, length = 20)
    private String status;
    @Column(nullable = false, length = 2)
    private String citizenship;
    @Column(nullable = false, length = 10)
    private String sex;
    @Column(nullable = false)
    private boolean minor;
    @Column(nullable = false, length = 30)
    private String exploitation;
    @Column(name = "decision_days")
    private Integer decisionDays;
    @Column(name = "payment_days")
    private Integer paymentDays;
    @Column(name = "undecided_month")
    private Integer undecidedMonth;
    @Embedded
    private ClaimFigures figures;

    protected GroupedClaims() {
        // for JPA
    }

    protected GroupedClaims(ClaimGroup group, ClaimFigures figures) {
        place(group, figures);
    }

    /** Puts these figures in this bucket. */
    protected final void place(ClaimGroup group, ClaimFigures figures) {
        this.filedYear = group.filedYear();
        this.category = group.category();
        this.status = group.status();
        this.citizenship = group.citizenship();
        this.sex = group.sex();
        this.minor = group.minor();
        this.exploitation = group.exploitation();
        this.decisionDays = group.decisionDays();
        this.paymentDays = group.paymentDays();
        this.undecidedMonth = group.undecidedMonth();
        this.figures = figures.copy();
    }

    public ClaimGroup group() {
        return new ClaimGroup(filedYear, category, status, citizenship, sex, minor, exploitation, decisionDays,
                paymentDays, undecidedMonth);
    }

    public ClaimFigures figures() {
        return figures;
    }
}
