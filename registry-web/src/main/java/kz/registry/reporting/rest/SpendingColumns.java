package kz.registry.reporting.rest;

import static kz.registry.shared.rest.Table.column;

import kz.registry.money.Conversion;
import kz.registry.money.RateUsed;
import kz.registry.reporting.entity.LedgerLine;
import kz.registry.money.Money;
import kz.registry.reporting.entity.SpendingReport;
import kz.registry.shared.rest.Table;

/**
 * The columns of the spending report and of the ledger export, by their stable names. The
 * constants repeat the names for the OpenAPI descriptions; a unit test keeps the two equal.
 */
public final class SpendingColumns {

    public static final String ROWS = "fiscal_year,source,purpose,shelter_id,shelter_name,city,case_number,"
            + "appropriated_kzt,allocated_kzt,committed_kzt,paid_kzt,currency,appropriated_converted,"
            + "allocated_converted,committed_converted,paid_converted,basis,kzt_per_unit,rate_what,rate_date,"
            + "rate_source,unavailable,appropriated_rounded,allocated_rounded,committed_rounded,paid_rounded";

    static final String ENTRIES = "id,kind,fiscal_year,source,purpose,parent_id,shelter_id,shelter_name,city,"
            + "case_number,recipient,amount,currency,value_date,reverses_id,posted_at,posted_by";

    static final Table<SpendingReport.Row> ROW_TABLE = Table.of(
            column("fiscal_year", row -> row.year()),
            column("source", row -> row.source()),
            column("purpose", row -> row.purpose()),
            column("shelter_id", row -> row.shelterId()),
            column("shelter_name", row -> row.shelterName()),
            column("city", row -> row.city()),
            column("case_number", row -> row.caseNumber()),
            column("appropriated_kzt", row -> row.kzt("appropriated").map(Money::amount).orElse(null)),
            column("allocated_kzt", row -> row.kzt("allocated").map(Money::amount).orElse(null)),
            column("committed_kzt", row -> row.kzt("committed").map(Money::amount).orElse(null)),
            column("paid_kzt", row -> row.kzt("paid").map(Money::amount).orElse(null)),
            column("currency", row -> row.converted("paid").map(c -> c.converted().code()).orElse(null)),
            column("appropriated_converted", row -> converted(row, "appropriated")),
            column("allocated_converted", row -> converted(row, "allocated")),
            column("committed_converted", row -> converted(row, "committed")),
            column("paid_converted", row -> converted(row, "paid")),
            column("basis", row -> row.basis().describe()),
            column("kzt_per_unit", row -> row.targetRate().map(RateUsed::kztPerUnit).orElse(null)),
            column("rate_what", row -> row.targetRate().map(RateUsed::what).orElse(null)),
            column("rate_date", row -> row.targetRate().map(RateUsed::rateDate).orElse(null)),
            column("rate_source", row -> row.targetRate().map(RateUsed::source).orElse(null)),
            column("unavailable", SpendingReport.Row::unavailable),
            column("appropriated_rounded", row -> rounded(row, "appropriated")),
            column("allocated_rounded", row -> rounded(row, "allocated")),
            column("committed_rounded", row -> rounded(row, "committed")),
            column("paid_rounded", row -> rounded(row, "paid")));

    static final Table<LedgerLine> ENTRY_TABLE = Table.of(
            column("id", LedgerLine::id),
            column("kind", line -> line.kind().toLowerCase(java.util.Locale.ROOT)),
            column("fiscal_year", LedgerLine::year),
            column("source", LedgerLine::source),
            column("purpose", LedgerLine::purpose),
            column("parent_id", LedgerLine::parentId),
            column("shelter_id", LedgerLine::shelterId),
            column("shelter_name", LedgerLine::shelterName),
            column("city", LedgerLine::city),
            column("case_number", LedgerLine::caseNumber),
            column("recipient", LedgerLine::recipient),
            column("amount", LedgerLine::amount),
            column("currency", LedgerLine::currency),
            column("value_date", LedgerLine::valueDate),
            column("reverses_id", LedgerLine::reversesId),
            column("posted_at", LedgerLine::postedAt),
            column("posted_by", LedgerLine::postedBy));

    private SpendingColumns() {
    }

    /** The figure as a reporting basis prints it; empty on the other bases. */
    private static Object rounded(SpendingReport.Row row, String figure) {
        return row.converted(figure).map(Conversion::rounded).map(Money::amount).orElse(null);
    }

    private static Object converted(SpendingReport.Row row, String figure) {
        return row.converted(figure).map(Conversion::converted).map(Money::amount).orElse(null);
    }
}
