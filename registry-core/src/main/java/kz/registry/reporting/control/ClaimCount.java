package kz.registry.reporting.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import kz.registry.claims.ClaimVocabulary;
import kz.registry.reporting.entity.ClaimFigures;
import kz.registry.reporting.entity.ClaimGroup;
import kz.registry.reporting.entity.CompensationQuery;

/**
 * How the compensation report counts one claim: its bucket and its figures, by the same
 * definitions as the report over the claims themselves (decided once it has a decision day,
 * approved while its state says so, paid once it has a payment day, late when decided more than
 * the law's two months after filing).
 */
public record ClaimCount(ClaimGroup group, ClaimFigures figures) {

    public static ClaimCount of(LocalDate filedOn, String category, String status, String citizenship, String sex,
                                boolean minor, String exploitation, LocalDate decidedOn, LocalDate paidOn,
                                BigDecimal amount, BigDecimal recovered) {
        boolean decided = decidedOn != null;
        boolean paid = paidOn != null;
        Integer undecidedMonth = ClaimVocabulary.UNDECIDED_STATES.contains(status)
                ? filedOn.getYear() * 100 + filedOn.getMonthValue() : null;
        ClaimGroup group = new ClaimGroup(filedOn.getYear(), category, status, citizenship, sex, minor, exploitation,
                decided ? (int) ChronoUnit.DAYS.between(filedOn, decidedOn) : null,
                paid ? (int) ChronoUnit.DAYS.between(filedOn, paidOn) : null, undecidedMonth);
        BigDecimal fixed = amount == null ? BigDecimal.ZERO : amount;
        return new ClaimCount(group, ClaimFigures.ofOne(decided, ClaimVocabulary.APPROVED_STATES.contains(status), fixed, paid,
                recovered == null ? BigDecimal.ZERO : recovered,
                decided && decidedOn.isAfter(filedOn.plusMonths(CompensationQuery.TARGET_MONTHS))));
    }

    /** The month a report's day falls in, as the buckets keep it (yyyymm). */
    public static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }
}
