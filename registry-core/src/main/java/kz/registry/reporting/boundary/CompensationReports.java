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
import kz.registry.reporting.control.ReportSql;
import kz.registry.reporting.control.ReportSql.Dialect;
import kz.registry.reporting.entity.CompensationDimension;
import kz.registry.reporting.entity.CompensationLine;
import kz.registry.reporting.entity.CompensationQuery;
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

    /** States in which a claim's amount stands approved, whether paid yet or not. */
    private static final String APPROVED = "('APPROVED', 'ON_REGISTER', 'PAID', 'RECOURSE_OPENED', 'RECOVERED')";
    /** States in which a claim waits for its first decision. */
    private static final String UNDECIDED = "('RECEIVED', 'UNDER_REVIEW')";
    private static final String CLAIMS = " from compensation_claim c join victim v on v.id = c.victim_id"
            + " join criminal_proceeding p on p.id = c.proceeding_id";

    @Resource(lookup = ReportSql.DATA_SOURCE)
    DataSource dataSource;

    /** A dimension's value as the report selects and groups it: text, whatever its type. */
    private static String key(CompensationDimension dimension) {
        return "cast(" + dimension.expression() + " as varchar(40))";
    }

    public List<CompensationLine> compensation(CompensationQuery query) {
        List<CompensationDimension> dimensions = List.of(CompensationDimension.values()).stream()
                .filter(query::groups).toList();
        // grouped by the very expressions selected: H2 refuses a cast of a grouped expression (the year's)
        String grouping = dimensions.stream().map(CompensationReports::key).collect(Collectors.joining(", "));
        String keys = dimensions.stream().map(d -> key(d) + " k_" + d.parameter()).collect(Collectors.joining(", "));
        ReportSql filter = filtered(query);
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
            return filter.list(connection, sql, row -> {
                Map<CompensationDimension, String> values = new EnumMap<>(CompensationDimension.class);
                for (CompensationDimension dimension : dimensions) {
                    values.put(dimension, key(row.getString("k_" + dimension.parameter())));
                }
                return new CompensationLine(values, row.getLong("claims"), row.getLong("decided"),
                        row.getLong("approved_claims"), ReportSql.decimal(row, "approved"), row.getLong("paid_claims"),
                        ReportSql.decimal(row, "paid"), ReportSql.decimal(row, "recovered"), row.getLong("days_to_decision"),
                        ReportSql.integer(row, "max_days_to_decision"), row.getLong("days_to_payment"),
                        ReportSql.integer(row, "max_days_to_payment"), row.getLong("waiting"), row.getLong("decided_late"));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("The compensation report could not be read", e);
        }
    }

    /** Claims filed more than two months before the query's day and still undecided, oldest first. */
    public void eachWaiting(CompensationQuery query, Consumer<WaitingClaim> sink) {
        ReportSql sql = filtered(query).and("c.status in " + UNDECIDED).and("c.filed_on < ?", query.targetCutoff());
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

    private static ReportSql filtered(CompensationQuery query) {
        ReportSql sql = new ReportSql().and("c.filed_on between ? and ?", LocalDate.of(query.fromYear(), 1, 1),
                LocalDate.of(query.toYear(), 12, 31));
        if (query.category() != null) {
            sql.and("c.category = ?", query.category());
        }
        if (query.status() != null) {
            sql.and("c.status = ?", query.status());
        }
        if (query.origin() != null) {
            sql.and(query.origin().equals("domestic") ? "v.citizenship = 'KZ'" : "v.citizenship <> 'KZ'");
        }
        if (query.citizenship() != null) {
            sql.and("v.citizenship = ?", query.citizenship());
        }
        if (query.sex() != null) {
            sql.and("v.sex = ?", query.sex());
        }
        if (query.minor() != null) {
            sql.and("v.minor = ?", query.minor());
        }
        if (query.exploitation() != null) {
            sql.and("v.exploitation = ?", query.exploitation());
        }
        if (query.proceeding() != null) {
            sql.and("p.registration_number = ?", query.proceeding());
        }
        return sql;
    }
}
