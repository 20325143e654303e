package kz.registry.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.InstantColumns;
import kz.registry.shared.InvalidInputException;

/**
 * A fiscal year, which is the calendar year. A finance officer opens it before posting in it
 * and closes it when its books are final; a closed year accepts no posting and no reversal,
 * and stays closed.
 */
@Entity
@Table(name = "fiscal_period")
public class FiscalPeriod {

    public static final int FIRST_YEAR = 1993; // the tenge's first year
    public static final int LAST_YEAR = 2100;

    @Id
    @Column(name = "fiscal_year")
    private int year;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PeriodState state;

    @Convert(converter = InstantColumns.class)
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Convert(converter = InstantColumns.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    /** The registry holds only part of the year's money: its figures are a floor. */
    @Column(nullable = false)
    private boolean incomplete;

    protected FiscalPeriod() {
        // for JPA
    }

    public FiscalPeriod(int year, boolean incomplete, Instant openedAt, String openedBy) {
        this.year = checkedYear(year);
        this.incomplete = incomplete;
        this.state = PeriodState.OPEN;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    public static int checkedYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "a fiscal year is between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return year;
    }

    /** Closes the year's books: from now on it accepts nothing. */
    public void close(Instant at, String by) {
        if (state == PeriodState.CLOSED) {
            throw new BusinessRuleException("Fiscal year " + year + " is already closed (by " + closedBy + " at "
                    + closedAt + ").");
        }
        state = PeriodState.CLOSED;
        closedAt = at;
        closedBy = by;
    }

    /** Says whether the registry holds only part of the year's money; allowed in a closed year too (it changes no figure). */
    public void markIncomplete(boolean incomplete) {
        this.incomplete = incomplete;
    }

    public int year() { return year; }
    public boolean incomplete() { return incomplete; }
    public long version() { return version; }
    public PeriodState state() { return state; }
    public Instant openedAt() { return openedAt; }
    public String openedBy() { return openedBy; }
    public Optional<Instant> closedAt() { return Optional.ofNullable(closedAt); }
    public Optional<String> closedBy() { return Optional.ofNullable(closedBy); }

    /** The period as the audit trail keeps it. */
    public record Snapshot(int year, PeriodState state, boolean incomplete, Instant closedAt, String closedBy) {
    }

    public Snapshot snapshot() {
        return new Snapshot(year, state, incomplete, closedAt, closedBy);
    }
}
