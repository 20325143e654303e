package kz.registry.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import java.util.stream.Stream;
import kz.registry.claims.ClaimVocabulary;
import kz.registry.reporting.control.ClaimCount;
import kz.registry.reporting.control.ReportSql;
import kz.registry.reporting.control.ReportSql.Dialect;
import kz.registry.reporting.entity.CompensationDimension;
import kz.registry.reporting.entity.CompensationLine;
import kz.registry.reporting.entity.CompensationQuery;
import kz.registry.reporting.entity.ClaimStates;
import kz.registry.reporting.entity.RecourseLine;
import kz.registry.reporting.entity.WaitingClaim;
import kz.registry.shared.Roles;

/**
 * Compensation claims counted and summed by the database: by year of filing, category, status,
 * origin, citizenship, sex, minority and form of exploitation; with the days from filing to
 * decision and to payment, and the claims past the two-month target. Victims appear by code.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.COURT_CLERK})
public class CompensationReports {

    private static final String APPROVED = ClaimStates.sql(ClaimVocabulary.APPROVED_STATES);
    private static final String UNDECIDED = ClaimStates.sql(ClaimVocabulary.UNDECIDED_STATES);
    /** A bucket's columns, in the claim summaries and as the raw claims of one month are shaped for them. */
    private static final String BUCKET = "t.filed_year, t.category, t.status, t.citizenship, t.sex, t.minor,"
            + " t.exploitation, t.decision_days, t.payment_days, t.undecided_month";
    private static final String FIGURES = "claims, decided, approved_claims, approved, paid_claims, paid, recovered,"
            + " decided_late, boundary_waiting";
    private static final String CLAIMS = " from compensation_claim c join victim v on v.id = c.victim_id"
            + " join criminal_proceeding p on p.id = c.proceeding_id";

    @Resource(lookup = ReportSql.DATA_SOURCE)
    DataSource dataSource;

    /** A dimension's value as the report selects and groups it: text, whatever its type. */
    private static String key(CompensationDimension dimension) {
        return "cast(" + dimension.expression() + " as varchar(40))";
    }

    /**
     * The report, from the claim summaries; a report of one proceeding (a dimension the summaries
     * do not keep) from its claims, which an index finds.
     */
    public List<CompensationLine> compensation(CompensationQuery query) {
        return query.proceeding() != null ? fromClaims(query) : fromSummaries(query);
    }

    /**
     * Sums of the buckets: the totals folded so far and the changes not yet folded, read in one
     * statement with the undecided claims filed in the month the target's cutoff falls in (the
     * buckets know an undecided claim's month, not its day). Buckets are first netted, so a
     * bucket's days count toward a maximum only while a claim is still in it.
     */
    private List<CompensationLine> fromSummaries(CompensationQuery query) {
        List<CompensationDimension> dimensions = List.of(CompensationDimension.values()).stream()
                .filter(query::groups).toList();
        String grouping = dimensions.stream().map(d -> "cast(" + d.summaryExpression() + " as varchar(40))")
                .collect(Collectors.joining(", "));
        String keys = dimensions.stream().map(d -> "cast(" + d.summaryExpression() + " as varchar(40)) k_" + d.parameter())
                .collect(Collectors.joining(", "));
        LocalDate cutoff = query.targetCutoff();
        LocalDate monthStart = cutoff.withDayOfMonth(1);
        String boundary = "(select cast(extract(year from c.filed_on) as integer) filed_year, c.category, c.status,"
                + " v.citizenship, v.sex, v.minor, v.exploitation, cast(null as integer) decision_days,"
                + " cast(null as integer) payment_days, " + ClaimCount.month(cutoff) + " undecided_month,"
                + " 0 claims, 0 decided, 0 approved_claims, cast(0 as numeric(30, 2)) approved, 0 paid_claims,"
                + " cast(0 as numeric(30, 2)) paid, cast(0 as numeric(30, 2)) recovered, 0 decided_late,"
                + " 1 boundary_waiting from compensation_claim c join victim v on v.id = c.victim_id"
                + " where c.status in " + UNDECIDED + " and c.filed_on >= date '" + monthStart + "'"
                + " and c.filed_on < date '" + cutoff + "')";
        ReportSql filter = filtered(query, true);
        String buckets = "select " + BUCKET + ", sum(t.claims) claims, sum(t.decided) decided,"
                + " sum(t.approved_claims) approved_claims, sum(t.approved) approved, sum(t.paid_claims) paid_claims,"
                + " sum(t.paid) paid, sum(t.recovered) recovered, sum(t.decided_late) decided_late,"
                + " sum(t.boundary_waiting) boundary_waiting from ("
                + filter.unionAll("select " + BUCKET + ", " + Stream.of(FIGURES.split(", ")).map(f -> "t." + f)
                                .collect(Collectors.joining(", ")) + " from %s t",
                        "(select s.*, 0 boundary_waiting from claim_total s)",
                        "(select s.*, 0 boundary_waiting from claim_change s)", boundary)
                + ") t group by " + BUCKET;
        String sql = "select " + (keys.isEmpty() ? "" : keys + ", ") + "sum(h.claims) claims, sum(h.decided) decided,"
                + " sum(h.approved_claims) approved_claims, sum(h.approved) approved, sum(h.paid_claims) paid_claims,"
                + " sum(h.paid) paid, sum(h.recovered) recovered,"
                + " sum(coalesce(h.decision_days, 0) * h.decided) days_to_decision,"
                + " max(case when h.decided > 0 then h.decision_days end) max_days_to_decision,"
                + " sum(coalesce(h.payment_days, 0) * h.paid_claims) days_to_payment,"
                + " max(case when h.paid_claims > 0 then h.payment_days end) max_days_to_payment,"
                + " sum(case when h.status in " + UNDECIDED + " and h.undecided_month < " + ClaimCount.month(cutoff)
                + " then h.claims else 0 end) + sum(h.boundary_waiting) waiting,"
                + " sum(h.decided_late) decided_late from (" + buckets + ") h"
                + (grouping.isEmpty() ? "" : " group by " + grouping + " having sum(h.claims) > 0 order by " + grouping);
        try (Connection connection = dataSource.getConnection()) {
            return filter.list(connection, sql, row -> line(dimensions, row));
        } catch (SQLException e) {
            throw new IllegalStateException("The compensation report could not be read", e);
        }
    }

    private static CompensationLine line(List<CompensationDimension> dimensions, java.sql.ResultSet row)
            throws SQLException {
        Map<CompensationDimension, String> values = new EnumMap<>(CompensationDimension.class);
        for (CompensationDimension dimension : dimensions) {
            values.put(dimension, key(row.getString("k_" + dimension.parameter())));
        }
        return new CompensationLine(values, row.getLong("claims"), row.getLong("decided"),
                row.getLong("approved_claims"), ReportSql.decimal(row, "approved"), row.getLong("paid_claims"),
                ReportSql.decimal(row, "paid"), ReportSql.decimal(row, "recovered"), row.getLong("days_to_decision"),
                ReportSql.integer(row, "max_days_to_decision"), row.getLong("days_to_payment"),
                ReportSql.integer(row, "max_days_to_payment"), row.getLong("waiting"), row.getLong("decided_late"));
    }

    /** The report over the claims themselves: for one proceeding. */
    private List<CompensationLine> fromClaims(CompensationQuery query) {
        List<CompensationDimension> dimensions = List.of(CompensationDimension.values()).stream()
                .filter(query::groups).toList();
        // grouped by the very expressions selected: H2 refuses a cast of a grouped expression (the year's)
        String grouping = dimensions.stream().map(CompensationReports::key).collect(Collectors.joining(", "));
        String keys = dimensions.stream().map(d -> key(d) + " k_" + d.parameter()).collect(Collectors.joining(", "));
        ReportSql filter = filtered(query, false);
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(connection);
            String toDecision = dialect.daysBetween("c.filed_on", "c.decided_on");
            String toPayment = dialect.daysBetween("c.filed_on", "c.paid_on");
            String sql = "select " + (keys.isEmpty() ? "" : keys + ", ") + "count(*) claims,"
                    + " sum(case when c.decided_on is not null then 1 else 0 end) decided,"
                    + " sum(case when c.status in " + APPROVED + " then 1 else 0 end) approved_claims,"
                    + " sum(case when c.status in " + APPROVED + " then c.amount else 0 end) approved,"
                    + " sum(case when c.paid_on is not null then 1 else 0 end) paid_claims,"
                    + " sum(case when c.paid_on is not null then c.amount else 0 end) paid,"
                    + " sum(coalesce(r.recovered, 0)) recovered,"
                    + " sum(case when c.decided_on is not null then " + toDecision + " else 0 end) days_to_decision,"
                    + " max(case when c.decided_on is not null then " + toDecision + " end) max_days_to_decision,"
                    + " sum(case when c.paid_on is not null then " + toPayment + " else 0 end) days_to_payment,"
                    + " max(case when c.paid_on is not null then " + toPayment + " end) max_days_to_payment,"
                    + " sum(case when c.status in " + UNDECIDED + " and c.filed_on < date '" + query.targetCutoff()
                    + "' then 1 else 0 end) waiting,"
                    + " sum(case when c.decided_on is not null and c.decided_on > "
                    + dialect.plusMonths("c.filed_on", CompensationQuery.TARGET_MONTHS) + " then 1 else 0 end) decided_late"
                    + from(query) + " left join recovery r on r.claim_id = c.id" + filter.where()
                    + (grouping.isEmpty() ? "" : " group by " + grouping + " order by " + grouping);
            return filter.list(connection, sql, row -> line(dimensions, row));
        } catch (SQLException e) {
            throw new IllegalStateException("The compensation report could not be read", e);
        }
    }

    /** Claims filed more than two months before the query's day and still undecided, oldest first. */
    public void eachWaiting(CompensationQuery query, Consumer<WaitingClaim> sink) {
        ReportSql sql = filtered(query, false).and("c.status in " + UNDECIDED).and("c.filed_on < ?", query.targetCutoff());
        try (Connection connection = dataSource.getConnection()) {
            sql.stream(connection, "select c.claim_code, v.victim_code, p.registration_number, c.category, c.status,"
                            + " c.filed_on" + CLAIMS + sql.where() + " order by c.filed_on, c.claim_code",
                    row -> {
                        LocalDate filed = ReportSql.date(row, "filed_on");
                        return new WaitingClaim(row.getString("claim_code"), row.getString("victim_code"),
                                row.getString("registration_number"), row.getString("category"),
                                row.getString("status"), filed, ChronoUnit.DAYS.between(filed, query.asOf()));
                    }, sink::accept);
        } catch (SQLException e) {
            throw new IllegalStateException("The waiting claims could not be read", e);
        }
    }

    /** Recourse per proceeding: due, recovered, outstanding. {@code proceeding} null: every proceeding. */
    public List<RecourseLine> recourse(String proceeding) {
        ReportSql sql = new ReportSql();
        if (proceeding != null) {
            sql.and("p.registration_number = ?", proceeding);
        }
        try (Connection connection = dataSource.getConnection()) {
            return sql.list(connection, "select p.registration_number, count(*) claims, sum(r.amount_due) due,"
                    + " sum(r.recovered) recovered from recovery r join criminal_proceeding p on p.id = r.proceeding_id"
                    + sql.where() + " group by p.registration_number order by p.registration_number", row -> {
                        var due = ReportSql.decimal(row, "due");
                        var recovered = ReportSql.decimal(row, "recovered");
                        return new RecourseLine(row.getString("registration_number"), row.getLong("claims"), due,
                                recovered, due.subtract(recovered));
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("The recourse report could not be read", e);
        }
    }

    /**
     * The claims, joined to their victims and proceedings only when the report groups or filters by
     * them: the report scans every claim, and a join it does not need doubles the database's work.
     */
    private static String from(CompensationQuery query) {
        boolean byVictim = query.origin() != null || query.citizenship() != null || query.sex() != null
                || query.minor() != null || query.exploitation() != null
                || query.groupBy().stream().anyMatch(CompensationDimension::readsVictim);
        return " from compensation_claim c" + (byVictim ? " join victim v on v.id = c.victim_id" : "")
                + (query.proceeding() != null ? " join criminal_proceeding p on p.id = c.proceeding_id" : "");
    }

    /** A group's key as text; a truth value the same on every database (H2 says TRUE, PostgreSQL true). */
    private static String key(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.equalsIgnoreCase("true") || stripped.equalsIgnoreCase("false")
                ? stripped.toLowerCase(java.util.Locale.ROOT) : stripped;
    }

    /**
     * The query's filters, over a claim {@code c} and its victim {@code v}, or over a bucket
     * {@code t} of the claim summaries (which know the year of filing, not the day, and no
     * proceeding: a report of one proceeding reads the claims).
     */
    private static ReportSql filtered(CompensationQuery query, boolean overSummaries) {
        String claim = overSummaries ? "t." : "c.";
        String victim = overSummaries ? "t." : "v.";
        ReportSql sql = overSummaries
                ? new ReportSql().and("t.filed_year between ? and ?", query.fromYear(), query.toYear())
                : new ReportSql().and("c.filed_on between ? and ?", LocalDate.of(query.fromYear(), 1, 1),
                        LocalDate.of(query.toYear(), 12, 31));
        if (query.category() != null) {
            sql.and(claim + "category = ?", query.category());
        }
        if (query.status() != null) {
            sql.and(claim + "status = ?", query.status());
        }
        if (query.origin() != null) {
            sql.and(victim + (query.origin().equals("domestic") ? "citizenship = 'KZ'" : "citizenship <> 'KZ'"));
        }
        if (query.citizenship() != null) {
            sql.and(victim + "citizenship = ?", query.citizenship());
        }
        if (query.sex() != null) {
            sql.and(victim + "sex = ?", query.sex());
        }
        if (query.minor() != null) {
            sql.and(victim + "minor = ?", query.minor());
        }
        if (query.exploitation() != null) {
            sql.and(victim + "exploitation = ?", query.exploitation());
        }
        if (!overSummaries && query.proceeding() != null) {
            sql.and("p.registration_number = ?", query.proceeding());
        }
        return sql;
    }
}
