package kz.registry.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A registry with a ledger and a fund migrates to the report summaries: its ledger so far waits
 * as changes, one per group, for the folder; its fund's days are summed at once. The figures
 * below are worked out by hand from the rows the test writes.
 */
class SummariesMigrationTest {

    private static final String URL = "jdbc:h2:mem:summaries-migration;DB_CLOSE_DELAY=-1";
    private static final String CLAIMS_URL = "jdbc:h2:mem:claim-summaries-migration;DB_CLOSE_DELAY=-1";
    private static final OffsetDateTime POSTED = OffsetDateTime.parse("2026-11-01T10:00:00Z");

    private static Flyway flyway(String target) {
        return flyway(URL, target);
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, "sa", "").target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load();
    }

    @Test
    void theLedgerSoFarWaitsAsOneChangePerGroupAndTheFundIsSummedByDay() throws SQLException {
        flyway("10.1").migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            UUID shelter = openYearWithShelter(sql);
            UUID appropriation = entry(db, "APPROPRIATION", null, null, null, "1000000.0000", null);
            entry(db, "ALLOCATION", appropriation, shelter, null, "600000.0000", null);
            UUID mistaken = entry(db, "ALLOCATION", appropriation, shelter, null, "50000.0000", null);
            entry(db, "ALLOCATION", appropriation, shelter, null, "-50000.0000", mistaken);
            UUID toCase = entry(db, "ALLOCATION", appropriation, null, "CASE-1", "150000.0000", null);
            entry(db, "PAYMENT", toCase, null, "CASE-1", "100000.0000", null);
            fund(db, "IN", "STATE_BUDGET", "1000.00", "2025-03-01");
            fund(db, "IN", "STATE_BUDGET", "500.00", "2025-03-01");
            fund(db, "OUT", "VICTIM_PAYMENT", "300.00", "2025-03-01");
            fund(db, "IN", "STATE_BUDGET", "70.00", "2025-03-02");
        }

        flyway("latest").migrate();

        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            assertThat(rows(sql, "select currency, count(*) from fund_entry group by currency"))
                    .as("the fund's amounts so far are tenge, and say so").containsExactly("KZT 4");
            List<String> changes = rows(sql, "select coalesce(case_number, case when shelter_id is null then 'none'"
                    + " else 'shelter' end), appropriated, allocated, committed, paid from spending_change order by 1");
            assertThat(changes).containsExactly(
                    "CASE-1 0.0000 150000.0000 0.0000 100000.0000",
                    "none 1000000.0000 0.0000 0.0000 0.0000",
                    "shelter 0.0000 600000.0000 0.0000 0.0000");
            assertThat(rows(sql, "select count(*) from spending_by_purpose")).containsExactly("0");
            assertThat(rows(sql, "select value_date, direction, source, amount from fund_day_total order by 1, 2"))
                    .containsExactly("2025-03-01 IN STATE_BUDGET 1500.00", "2025-03-01 OUT VICTIM_PAYMENT 300.00",
                            "2025-03-02 IN STATE_BUDGET 70.00");
        }
    }

    /**
     * Two claims of one victim (foreign, a minor): one filed 2025-01-10, decided 2025-03-20 (69
     * days, late: after 2025-03-10), paid 2025-04-09 (89 days), 50,000.00 of 117,960.00
     * recovered; one filed 2025-05-15 and still under review.
     */
    @Test
    void everyClaimGetsItsFactAndTheFactsWaitAsChanges() throws SQLException {
        flyway(CLAIMS_URL, "11.1").migrate();
        try (Connection db = DriverManager.getConnection(CLAIMS_URL, "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("insert into criminal_proceeding (id, version, registration_number, articles, prosecuting_body,"
                    + " stage, registered_on, created_at) values ('00000000-0000-0000-0000-000000000001', 1, 'P-1',"
                    + " '128-1', 'police', 'TRIAL', date '2024-10-01', timestamp '2024-10-01 00:00:00+00')");
            sql.execute("insert into victim (id, version, victim_code, citizenship, sex, minor, exploitation,"
                    + " identity_protected, created_at) values ('00000000-0000-0000-0000-000000000002', 1, 'V-1', 'UZ',"
                    + " 'FEMALE', true, 'FORCED_LABOUR', 'x', timestamp '2024-10-01 00:00:00+00')");
            sql.execute("insert into compensation_claim (id, version, claim_code, victim_id, proceeding_id, category,"
                    + " status, filed_on, recognised_on, decided_on, amount, paid_on, created_at) values"
                    + " ('00000000-0000-0000-0000-000000000003', 1, 'CL-1', '00000000-0000-0000-0000-000000000002',"
                    + " '00000000-0000-0000-0000-000000000001', 'trafficking-in-persons', 'RECOURSE_OPENED',"
                    + " date '2025-01-10', date '2024-12-01', date '2025-03-20', 117960.00, date '2025-04-09',"
                    + " timestamp '2025-01-10 00:00:00+00')");
            sql.execute("insert into compensation_claim (id, version, claim_code, victim_id, proceeding_id, category,"
                    + " status, filed_on, recognised_on, created_at) values ('00000000-0000-0000-0000-000000000004', 1,"
                    + " 'CL-2', '00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000001',"
                    + " 'other-harm', 'UNDER_REVIEW', date '2025-05-15', date '2024-12-01',"
                    + " timestamp '2025-05-15 00:00:00+00')");
            sql.execute("insert into recovery (id, version, claim_id, proceeding_id, amount_due, recovered, status,"
                    + " opened_on, created_at) values ('00000000-0000-0000-0000-000000000005', 1,"
                    + " '00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000001', 117960.00,"
                    + " 50000.00, 'OPEN', date '2025-05-01', timestamp '2025-05-01 00:00:00+00')");
        }

        flyway(CLAIMS_URL, "latest").migrate();

        try (Connection db = DriverManager.getConnection(CLAIMS_URL, "sa", ""); Statement sql = db.createStatement()) {
            String columns = "filed_year, category, status, citizenship, sex, minor, exploitation, decision_days,"
                    + " payment_days, undecided_month, claims, decided, approved_claims, approved, paid_claims, paid,"
                    + " recovered, decided_late";
            assertThat(rows(sql, "select " + columns + " from claim_fact order by status")).containsExactly(
                    "2025 trafficking-in-persons RECOURSE_OPENED UZ FEMALE true FORCED_LABOUR 69 89 null"
                            + " 1 1 1 117960.00 1 117960.00 50000.00 1",
                    "2025 other-harm UNDER_REVIEW UZ FEMALE true FORCED_LABOUR null null 202505"
                            + " 1 0 0 0.00 0 0.00 0.00 0");
            assertThat(rows(sql, "select " + columns + " from claim_change order by status"))
                    .isEqualTo(rows(sql, "select " + columns + " from claim_fact order by status"));
        }
    }

    @Test
    void whatStandsAgainstEachParentIsSummedOnceWhenTheLedgerMigrates() throws SQLException {
        String url = "jdbc:h2:mem:consumption-migration;DB_CLOSE_DELAY=-1";
        flyway(url, "12.1").migrate();
        UUID appropriation;
        UUID toShelter;
        UUID untouched;
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            UUID shelter = openYearWithShelter(sql);
            appropriation = entry(db, "APPROPRIATION", null, null, null, "1000000.0000", null);
            untouched = entry(db, "APPROPRIATION", null, null, null, "5000.0000", null);
            toShelter = entry(db, "ALLOCATION", appropriation, shelter, null, "600000.0000", null);
            UUID mistaken = entry(db, "ALLOCATION", appropriation, shelter, null, "50000.0000", null);
            entry(db, "ALLOCATION", appropriation, shelter, null, "-50000.0000", mistaken);
            entry(db, "ALLOCATION", appropriation, null, "CASE-1", "150000.0000", null);
            entry(db, "COMMITMENT", toShelter, shelter, null, "200000.0000", null);
            entry(db, "PAYMENT", toShelter, shelter, null, "120000.0000", null);
            entry(db, "PAYMENT", toShelter, shelter, null, "30000.0000", null);
        }
        flyway(url, "latest").migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = db.createStatement().executeQuery("select parent_id, kind, amount from budget_consumption"
                     + " order by amount desc")) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getObject("parent_id") + " " + rows.getString("kind") + " " + rows.getBigDecimal("amount"));
            }
            // 600,000 + 50,000 - 50,000 + 150,000 allocated; 200,000 committed; 120,000 + 30,000 paid; nothing against the other
            assertThat(found).containsExactly(
                    appropriation + " ALLOCATION 750000.0000",
                    toShelter + " COMMITMENT 200000.0000",
                    toShelter + " PAYMENT 150000.0000");
            assertThat(found).noneMatch(row -> row.startsWith(untouched.toString()));
        }
    }

    /** Fiscal year 2025 open, and one shelter: its id. */
    private static UUID openYearWithShelter(Statement sql) throws SQLException {
        sql.execute("insert into fiscal_period (fiscal_year, version, state, opened_at, opened_by)"
                + " values (2025, 1, 'OPEN', timestamp '2025-01-01 00:00:00+00', 'finance')");
        UUID shelter = UUID.randomUUID();
        sql.execute("insert into shelter (id, version, name, city, operator_name) values ('" + shelter
                + "', 1, 'Old shelter', 'Almaty', 'NGO')");
        return shelter;
    }

    private static UUID entry(Connection db, String kind, UUID parent, UUID shelter, String caseNumber, String amount,
                              UUID reverses) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("insert into budget_entry (id, version, kind, fiscal_year,"
                + " source, purpose, parent_id, shelter_id, case_number, amount, currency, value_date, reverses_id,"
                + " posted_at, posted_by) values (?, 1, ?, 2025, 'REPUBLICAN_BUDGET', 'shelter-assistance', ?, ?, ?, ?,"
                + " 'KZT', ?, ?, ?, 'finance')")) {
            insert.setObject(1, id);
            insert.setString(2, kind);
            insert.setObject(3, parent);
            insert.setObject(4, shelter);
            insert.setString(5, caseNumber);
            insert.setBigDecimal(6, new BigDecimal(amount));
            insert.setObject(7, LocalDate.of(2025, 2, 1));
            insert.setObject(8, reverses);
            insert.setObject(9, POSTED);
            insert.executeUpdate();
        }
        return id;
    }

    private static void fund(Connection db, String direction, String source, String amount, String day)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into fund_entry (id, direction, source, amount,"
                + " value_date, posted_at, posted_by) values (?, ?, ?, ?, ?, ?, 'clerk')")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, direction);
            insert.setString(3, source);
            insert.setBigDecimal(4, new BigDecimal(amount));
            insert.setObject(5, LocalDate.parse(day));
            insert.setObject(6, POSTED);
            insert.executeUpdate();
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
