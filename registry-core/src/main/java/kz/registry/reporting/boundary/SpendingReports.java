package kz.registry.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kz.registry.budget.LedgerVocabulary;
import kz.registry.money.Basis;
import kz.registry.money.boundary.Conversions;
import kz.registry.reporting.control.ReportSql;
import kz.registry.reporting.control.SpendingRestatement;
import kz.registry.reporting.entity.LedgerLine;
import kz.registry.reporting.entity.SpendingDimension;
import kz.registry.reporting.entity.SpendingLine;
import kz.registry.reporting.entity.SpendingQuery;
import kz.registry.reporting.entity.SpendingReport;
import kz.registry.shared.Roles;

/**
 * Spending as the budget ledger records it: appropriated, allocated, committed and paid, summed
 * by the database from the spending summaries per fiscal year and the dimensions asked for; and
 * the ledger's entries streamed for export.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.FINANCE_OFFICER})
public class SpendingReports {

    @Resource(lookup = ReportSql.DATA_SOURCE)
    DataSource dataSource;

    @EJB
    Conversions conversions;

    /**
     * The finished report: the sums of {@link #spending}, each row in KZT and restated in
     * {@code target} on {@code basis} (null: the average of each row's fiscal year), and the total.
     */
    public SpendingReport report(SpendingQuery query, Currency target, Basis basis) {
        return SpendingRestatement.report(query, spending(query), target, basis, conversions.restatement());
    }

    /**
     * Sums of the spending summaries: the totals folded so far and the changes not yet folded, read
     * in one statement, so one state of the ledger. The by-purpose totals serve unless the query
     * groups or filters by shelter, city or investigation.
     */
    public List<SpendingLine> spending(SpendingQuery query) {
        List<String> keys = new ArrayList<>(List.of("t.fiscal_year"));
        if (query.groups(SpendingDimension.SOURCE)) {
            keys.add("t.source");
        }
        if (query.groups(SpendingDimension.PURPOSE)) {
            keys.add("t.purpose");
        }
        if (query.groups(SpendingDimension.SHELTER)) {
            keys.addAll(List.of("t.shelter_id", "t.shelter_name", "t.shelter_city"));
        } else if (query.groups(SpendingDimension.CITY)) {
            keys.add("t.shelter_city");
        }
        if (query.groups(SpendingDimension.INVESTIGATION)) {
            keys.add("t.case_number");
        }
        keys.add("t.currency");
        String grouped = String.join(", ", keys);
        boolean byRecipient = query.groups(SpendingDimension.SHELTER) || query.groups(SpendingDimension.CITY)
                || query.groups(SpendingDimension.INVESTIGATION) || query.shelter() != null || query.city() != null
                || query.caseNumber() != null;
        ReportSql filter = filtered(query);
        String branch = "select e.fiscal_year, e.source, e.purpose, "
                + (byRecipient ? "s.id shelter_id, s.name shelter_name, s.city shelter_city, e.case_number, "
                        + "e.currency, e.appropriated, e.allocated, e.committed, e.paid from %s e"
                        + " left join shelter s on s.id = e.shelter_id"
                        : "e.currency, e.appropriated, e.allocated, e.committed, e.paid from %s e");
        String sql = "select " + grouped + ", sum(t.appropriated) appropriated, sum(t.allocated) allocated,"
                + " sum(t.committed) committed, sum(t.paid) paid from ("
                + filter.unionAll(branch, byRecipient ? "spending_by_recipient" : "spending_by_purpose", "spending_change")
                + ") t group by " + grouped + " order by " + grouped;
        try (Connection connection = dataSource.getConnection()) {
            return filter.list(connection, sql, row -> new SpendingLine(row.getInt("fiscal_year"),
                    query.groups(SpendingDimension.SOURCE) ? LedgerVocabulary.sourceCode(row.getString("source")) : null,
                    query.groups(SpendingDimension.PURPOSE) ? row.getString("purpose") : null,
                    query.groups(SpendingDimension.SHELTER) ? ReportSql.uuid(row, "shelter_id") : null,
                    query.groups(SpendingDimension.SHELTER) ? row.getString("shelter_name") : null,
                    query.groups(SpendingDimension.SHELTER) || query.groups(SpendingDimension.CITY)
                            ? row.getString("shelter_city") : null,
                    query.groups(SpendingDimension.INVESTIGATION) ? row.getString("case_number") : null,
                    row.getString("currency"), ReportSql.decimal(row, "appropriated"), ReportSql.decimal(row, "allocated"),
                    ReportSql.decimal(row, "committed"), ReportSql.decimal(row, "paid")));
        } catch (SQLException e) {
            throw new IllegalStateException("The spending report could not be read", e);
        }
    }

    /** Every entry the query covers, in the order they were posted, handed over one at a time. */
    public void eachEntry(SpendingQuery query, Consumer<LedgerLine> sink) {
        ReportSql filter = filtered(query);
        String sql = "select e.id, e.kind, e.fiscal_year, e.source, e.purpose, e.parent_id, e.shelter_id, s.name, s.city,"
                + " e.case_number, e.recipient, e.amount, e.currency, e.value_date, e.reverses_id, e.posted_at, e.posted_by"
                + " from budget_entry e left join shelter s on s.id = e.shelter_id"
                + filter.where() + " order by e.fiscal_year, e.posted_at, e.id";
        try (Connection connection = dataSource.getConnection()) {
            filter.stream(connection, sql, row -> new LedgerLine(ReportSql.uuid(row, "id"), row.getString("kind"),
                    row.getInt("fiscal_year"), LedgerVocabulary.sourceCode(row.getString("source")), row.getString("purpose"),
                    ReportSql.uuid(row, "parent_id"), ReportSql.uuid(row, "shelter_id"), row.getString("name"),
                    row.getString("city"), row.getString("case_number"), row.getString("recipient"),
                    atCurrencyScale(row.getBigDecimal("amount"), row.getString("currency")), row.getString("currency"), ReportSql.date(row, "value_date"),
                    ReportSql.uuid(row, "reverses_id"), ReportSql.instant(row, "posted_at"), row.getString("posted_by")),
                    sink::accept);
        } catch (SQLException e) {
            throw new IllegalStateException("The ledger export could not be read", e);
        }
    }

    /** The ledger keeps four decimals for every currency; an amount is shown with its currency's. */
    private static java.math.BigDecimal atCurrencyScale(java.math.BigDecimal amount, String currency) {
        return amount.setScale(java.util.Currency.getInstance(currency).getDefaultFractionDigits(),
                java.math.RoundingMode.UNNECESSARY);
    }

    private static ReportSql filtered(SpendingQuery query) {
        ReportSql sql = new ReportSql().and("e.fiscal_year between ? and ?", query.fromYear(), query.toYear())
                .andIn("e.source", query.sources().stream().map(LedgerVocabulary::storedSource).toList())
                .andIn("e.purpose", query.purposes());
        if (query.shelter() != null) {
            sql.and("e.shelter_id = ?", query.shelter());
        }
        if (query.city() != null) {
            sql.and("lower(s.city) = lower(?)", query.city());
        }
        if (query.caseNumber() != null) {
            sql.and("e.case_number = ?", query.caseNumber());
        }
        return sql;
    }
}
