package kz.registry.claims.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kz.registry.claims.entity.FundForecast;
import kz.registry.claims.entity.FundForecast.ApprovalShare;
import kz.registry.claims.entity.FundForecast.Month;
import kz.registry.claims.entity.FundForecast.Range;

/**
 * The fund's forecast from what the registry knows on a day, by a method simple enough to check
 * by hand (README, "The fund's forecast"):
 * <ul>
 * <li>claims approved and not yet paid (approved, on a register) are paid in the first month, in full;</li>
 * <li>a claim waiting for its first decision is decided by the law's two-month target from filing
 * (or at once, when that is past) and paid the month after; it is approved with the past approval
 * share, for the law's amount on the day: expected {@code share x amount}, low and high from the
 * share's 90% interval (Wilson's), 0 to 1 when nothing was decided yet;</li>
 * <li>each source of inflows brings each month the mean of its last twelve months (or of the
 * months since the fund's first inflow, if fewer): its lowest month at the low end, its highest at
 * the high end;</li>
 * <li>the balance's low end takes the low inflows and the high payouts, its high end the reverse.</li>
 * </ul>
 */
public final class FundForecasting {

    public static final int MONTHS = 12;
    /** The law's target for a first decision: two months from filing. */
    static final int DECISION_MONTHS = 2;
    /** z for a two-sided 90% interval. */
    private static final BigDecimal Z = new BigDecimal("1.6449");
    private static final MathContext MATH = MathContext.DECIMAL64;

    private FundForecasting() {
    }

    /** A claim waiting for its first decision: filed when, and the law's amount for its category today. */
    public record Pending(LocalDate filedOn, BigDecimal amount) {
    }

    /**
     * @param inflows each source's inflows month by month over the months it counts (the same count
     *                for every source, oldest first, zero for a month without any)
     */
    public static FundForecast forecast(LocalDate asOf, BigDecimal balance, BigDecimal approvedUnpaid,
                                        List<Pending> pending, long approvedBefore, long decidedBefore,
                                        Map<String, List<BigDecimal>> inflows, List<String> unpriced) {
        ApprovalShare share = share(approvedBefore, decidedBefore);
        Range inflow = inflowPerMonth(inflows.values());
        YearMonth first = YearMonth.from(asOf).plusMonths(1);
        BigDecimal[] expected = new BigDecimal[MONTHS];
        BigDecimal[] low = new BigDecimal[MONTHS];
        BigDecimal[] high = new BigDecimal[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            expected[m] = low[m] = high[m] = BigDecimal.ZERO;
        }
        expected[0] = low[0] = high[0] = approvedUnpaid;
        BigDecimal pendingTotal = BigDecimal.ZERO;
        for (Pending claim : pending) {
            pendingTotal = pendingTotal.add(claim.amount());
            YearMonth decided = YearMonth.from(claim.filedOn().plusMonths(DECISION_MONTHS));
            int month = (int) Math.max(0, ChronoUnit.MONTHS.between(first, decided.plusMonths(1)));
            if (month >= MONTHS) {
                continue;
            }
            expected[month] = expected[month].add(claim.amount().multiply(share.share()));
            low[month] = low[month].add(claim.amount().multiply(share.low()));
            high[month] = high[month].add(claim.amount().multiply(share.high()));
        }
        List<Month> months = new ArrayList<>();
        BigDecimal balanceLow = balance;
        BigDecimal balanceExpected = balance;
        BigDecimal balanceHigh = balance;
        YearMonth shortFrom = null;
        YearMonth atRiskFrom = null;
        for (int m = 0; m < MONTHS; m++) {
            Range payouts = new Range(kzt(low[m]), kzt(expected[m]), kzt(high[m]));
            balanceLow = balanceLow.add(inflow.low()).subtract(payouts.high());
            balanceExpected = balanceExpected.add(inflow.expected()).subtract(payouts.expected());
            balanceHigh = balanceHigh.add(inflow.high()).subtract(payouts.low());
            YearMonth month = first.plusMonths(m);
            if (shortFrom == null && balanceExpected.signum() < 0) {
                shortFrom = month;
            }
            if (atRiskFrom == null && balanceLow.signum() < 0) {
                atRiskFrom = month;
            }
            months.add(new Month(month, inflow, payouts, new Range(balanceLow, balanceExpected, balanceHigh)));
        }
        int inflowMonths = inflows.values().stream().mapToInt(List::size).max().orElse(0);
        return new FundForecast(asOf, balance, share, approvedUnpaid, kzt(pendingTotal), pending.size(), inflowMonths,
                months, shortFrom, atRiskFrom, unpriced);
    }

    /**
     * The past approval share and its 90% Wilson interval: for n decided claims with share p,
     * (p + z^2/2n -/+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n). Nothing decided: expected 1
     * (every claim approved, the prudent guess), from 0 to 1.
     */
    static ApprovalShare share(long approved, long decided) {
        if (decided == 0) {
            return new ApprovalShare(0, 0, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE);
        }
        BigDecimal n = BigDecimal.valueOf(decided);
        BigDecimal p = BigDecimal.valueOf(approved).divide(n, MATH);
        BigDecimal z2 = Z.multiply(Z);
        BigDecimal denominator = BigDecimal.ONE.add(z2.divide(n, MATH));
        BigDecimal centre = p.add(z2.divide(n.multiply(BigDecimal.TWO), MATH));
        BigDecimal spread = Z.multiply(p.multiply(BigDecimal.ONE.subtract(p)).divide(n, MATH)
                .add(z2.divide(n.multiply(n).multiply(BigDecimal.valueOf(4)), MATH)).sqrt(MATH));
        BigDecimal lowShare = centre.subtract(spread).divide(denominator, MATH).max(BigDecimal.ZERO);
        BigDecimal highShare = centre.add(spread).divide(denominator, MATH).min(BigDecimal.ONE);
        return new ApprovalShare(approved, decided, share4(p), share4(lowShare), share4(highShare));
    }

    /** Each source's mean month summed, and each one's lowest and highest month summed. */
    static Range inflowPerMonth(Collection<List<BigDecimal>> sources) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (List<BigDecimal> months : sources) {
            if (months.isEmpty()) {
                continue;
            }
            low = low.add(months.stream().min(BigDecimal::compareTo).orElseThrow());
            high = high.add(months.stream().max(BigDecimal::compareTo).orElseThrow());
            expected = expected.add(months.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(months.size()), 2, RoundingMode.HALF_EVEN));
        }
        return new Range(kzt(low), kzt(expected), kzt(high));
    }

    private static BigDecimal kzt(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal share4(BigDecimal share) {
        return share.setScale(4, RoundingMode.HALF_EVEN);
    }
}
