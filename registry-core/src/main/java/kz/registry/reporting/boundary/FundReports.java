package kz.registry.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.registry.claims.ClaimVocabulary;
import kz.registry.reporting.control.ReportSql;
import kz.registry.reporting.entity.FundStatement;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;

/** The victims compensation fund's statement for any period, summed by the database from the fund's day totals. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.COURT_CLERK})
public class FundReports {

    private static final String SIGNED = "sum(case when direction = '" + ClaimVocabulary.FUND_IN
            + "' then amount else -amount end)";

    @Resource(lookup = ReportSql.DATA_SOURCE)
    DataSource dataSource;

    /** From the first day to the last, both included, by value date. */
    public FundStatement statement(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "the period's first day " + from + " is after its last " + to);
        }
        try (Connection connection = dataSource.getConnection()) {
            BigDecimal opening = new ReportSql().and("value_date < ?", from).list(connection,
                    "select " + SIGNED + " balance from fund_day_total" + " where value_date < ?",
                    row -> ReportSql.decimal(row, "balance")).getFirst();
            Map<String, BigDecimal> inflows = new TreeMap<>();
            BigDecimal[] recoveriesAndPayments = {BigDecimal.ZERO, BigDecimal.ZERO};
            ReportSql period = new ReportSql().and("value_date between ? and ?", from, to);
            period.stream(connection, "select direction, source, sum(amount) total from fund_day_total" + period.where()
                    + " group by direction, source", row -> new Object[] {row.getString("direction"),
                    row.getString("source"), ReportSql.decimal(row, "total")}, line -> {
                        BigDecimal total = (BigDecimal) line[2];
                        if (ClaimVocabulary.FUND_OUT.equals(line[0])) {
                            recoveriesAndPayments[1] = recoveriesAndPayments[1].add(total);
                        } else if (ClaimVocabulary.RECOVERY_SOURCE.equals(line[1])) {
                            recoveriesAndPayments[0] = recoveriesAndPayments[0].add(total);
                        } else {
                            inflows.merge((String) line[1], total, BigDecimal::add);
                        }
                    });
            BigDecimal closing = inflows.values().stream().reduce(opening, BigDecimal::add)
                    .add(recoveriesAndPayments[0]).subtract(recoveriesAndPayments[1]);
            BigDecimal ledger = new ReportSql().and("value_date <= ?", to).list(connection,
                    "select " + SIGNED + " balance from fund_day_total where value_date <= ?",
                    row -> ReportSql.decimal(row, "balance")).getFirst();
            return new FundStatement(from, to, opening, inflows, recoveriesAndPayments[0], recoveriesAndPayments[1],
                    closing, ledger);
        } catch (SQLException e) {
            throw new IllegalStateException("The fund statement could not be read", e);
        }
    }
}
