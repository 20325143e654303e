package kz.registry.claims.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The fund's balance month by month for the next twelve months, as a range: what the fund holds
 * on {@code asOf}, what is expected to come in and go out each month (low, expected, high), and the
 * first month the expected balance no longer covers the expected payouts ({@code shortFrom}), and
 * the first month it might not ({@code atRiskFrom}, from the low end of the range): the early
 * warning. Amounts in KZT.
 *
 * @param approvalShare the share of decided claims approved in the past, with its range
 * @param unpriced      pending claims whose category had no amount on {@code asOf} (left out, named)
 */
public record FundForecast(LocalDate asOf, BigDecimal balance, ApprovalShare approvalShare, BigDecimal approvedUnpaid,
                           BigDecimal pendingAtLawAmounts, int pendingClaims, int inflowMonths, List<Month> months,
                           YearMonth shortFrom, YearMonth atRiskFrom, List<String> unpriced) {

    public FundForecast {
        months = List.copyOf(months);
        unpriced = List.copyOf(unpriced);
    }

    /** One month: money in and out, and the balance at its end, each low, expected and high. */
    public record Month(YearMonth month, Range inflows, Range payouts, Range balance) {
    }

    /** Low, expected and high. */
    public record Range(BigDecimal low, BigDecimal expected, BigDecimal high) {
    }

    /** {@code approved} of {@code decided} claims were approved; the share, and its 90% interval. */
    public record ApprovalShare(long approved, long decided, BigDecimal share, BigDecimal low, BigDecimal high) {
    }
}
