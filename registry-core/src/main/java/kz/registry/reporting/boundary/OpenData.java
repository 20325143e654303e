package kz.registry.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import kz.registry.claims.ClaimVocabulary;
import kz.registry.money.Basis;
import kz.registry.reporting.control.CompensationStatistics;
import kz.registry.reporting.control.OpenDataPackages;
import kz.registry.reporting.control.OpenDataSettings;
import kz.registry.reporting.control.PublicationCache;
import kz.registry.reporting.control.ReportSql;
import kz.registry.reporting.control.ReportSql.Dialect;
import kz.registry.reporting.entity.ClaimStates;
import kz.registry.reporting.entity.CompensationDimension;
import kz.registry.reporting.entity.Publication;
import kz.registry.reporting.entity.SpendingDimension;
import kz.registry.reporting.entity.SpendingQuery;
import kz.registry.reporting.entity.StatisticsCell;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/**
 * The open data, for anyone, once the operator switches it on: spending as a Fiscal Data Package
 * and the compensation statistics with small cells hidden, never a victim's or a case's record.
 * Open to anyone, it reads the reports as an auditor would ({@code @RunAs}) and publishes only
 * what {@link OpenDataPackages} builds from them.
 */
@Stateless
@PermitAll
@RunAs(Roles.AUDITOR)
public class OpenData {

    /** The characteristics published, one table each, in this order after the year's totals. */
    static final List<CompensationDimension> PUBLISHED = List.of(CompensationDimension.CATEGORY,
            CompensationDimension.ORIGIN, CompensationDimension.SEX, CompensationDimension.MINOR);
    private static final String APPROVED = ClaimStates.sql(ClaimVocabulary.APPROVED_STATES);

    @Resource(lookup = ReportSql.DATA_SOURCE)
    DataSource dataSource;

    @EJB
    SpendingReports spending;

    @Inject
    PublicationCache cache;

    @Inject
    Clock clock;

    /** The publication as it stands, built again once older than the settings' max age. */
    public Publication publication() {
        OpenDataSettings settings = OpenDataSettings.read();
        if (!settings.enabled()) {
            throw new UnknownRecordException("open data", "publication",
                    "Open data is not published here: the registry's operator has not switched it on.");
        }
        return cache.current(clock.instant(), settings.maxAge(), () -> build(settings));
    }

    private Publication build(OpenDataSettings settings) {
        Basis basis = settings.basis() == null || settings.basis().equals("year-average") ? null
                : new Basis.Reporting(settings.basis(), null);
        var report = spending.report(new SpendingQuery(1993, 2100, List.of(), List.of(), null, null, null,
                EnumSet.of(SpendingDimension.SOURCE, SpendingDimension.PURPOSE, SpendingDimension.SHELTER,
                        SpendingDimension.CITY)), settings.currency(), basis);
        try (Connection connection = dataSource.getConnection()) {
            List<StatisticsCell> cells = new ArrayList<>(cells(connection, null));
            for (CompensationDimension dimension : PUBLISHED) {
                cells.addAll(cells(connection, dimension));
            }
            return OpenDataPackages.publish(clock.instant(), settings.packageSettings(), report,
                    purposeNames(connection), CompensationStatistics.publish(cells,
                            PUBLISHED.stream().map(CompensationDimension::parameter).toList(), settings.minimumCell()));
        } catch (SQLException e) {
            throw new IllegalStateException("The open data could not be read", e);
        }
    }

    /** Every year's cells of one dimension ({@code null}: the years' totals), counted by the database. */
    private static List<StatisticsCell> cells(Connection connection, CompensationDimension dimension) throws SQLException {
        String year = "cast(extract(year from c.filed_on) as integer)";
        String value = dimension == null ? "cast(null as varchar(40))" : "cast(" + dimension.expression() + " as varchar(40))";
        String toDecision = Dialect.of(connection).daysBetween("c.filed_on", "c.decided_on");
        String sql = "select " + year + " filed_year, " + value + " k, count(distinct c.victim_id) victims, count(*) claims,"
                + " sum(case when c.status in " + APPROVED + " then 1 else 0 end) approved_claims,"
                + " sum(case when c.status in " + APPROVED + " then c.amount else 0 end) approved,"
                + " sum(case when c.paid_on is not null then 1 else 0 end) paid_claims,"
                + " sum(case when c.paid_on is not null then c.amount else 0 end) paid,"
                + " sum(case when c.decided_on is not null then 1 else 0 end) decided,"
                + " sum(case when c.decided_on is not null then " + toDecision + " else 0 end) days_to_decision"
                + " from compensation_claim c join victim v on v.id = c.victim_id"
                + " group by " + year + (dimension == null ? "" : ", " + value);
        String name = dimension == null ? StatisticsCell.YEAR : dimension.parameter();
        return new ReportSql().list(connection, sql, row -> new StatisticsCell(name, row.getInt("filed_year"),
                dimension == null ? null : normalized(row.getString("k")), row.getLong("victims"), row.getLong("claims"),
                row.getLong("approved_claims"), ReportSql.decimal(row, "approved"), row.getLong("paid_claims"),
                ReportSql.decimal(row, "paid"), row.getLong("decided"), row.getLong("days_to_decision")));
    }

    /** A stored word as published: lower case (FEMALE is female; H2's TRUE is true). */
    private static String normalized(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> purposeNames(Connection connection) throws SQLException {
        Map<String, String> names = new HashMap<>();
        new ReportSql().list(connection, "select code, name from budget_purpose", row -> names.put(row.getString("code"),
                row.getString("name")));
        return names;
    }
}
