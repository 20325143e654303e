package kz.registry.budget.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import kz.registry.testing.Database;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import kz.registry.testing.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * A large file keeps PostgreSQL's planner informed: once a file of thousands of allocations
 * commits, the ledger is analysed (autovacuum is off on these machines, and a load outpaces it
 * anyway), so reports and lookups keep their indexes. A small file does not wait for one.
 */
class PlannerStatisticsPostgresIT extends DeployedRegistry {

    @Test
    void theLedgerIsAnalysedAfterALargeFileCommits() throws Exception {
        assertThat(Database.isPostgres()).as("this test belongs to the PostgreSQL profile").isTrue();
        Http finance = as("finance");
        int year = TestLedger.openUnusedYear(finance);
        Http.Reply appropriation = finance.post("api/appropriations", "application/json", """
                {"year": %d, "source": "republican-budget", "purpose": "shelter-assistance", "amount": "100000000.00",
                 "currency": "KZT", "valueDate": "%d-01-10"}""".formatted(year, year));
        assertThat(appropriation.status()).as(appropriation.toString()).isEqualTo(201);
        String id = appropriation.json().getString("id");
        Instant before = lastAnalysed();

        StringBuilder file = new StringBuilder("appropriation,shelter,case_number,recipient,amount,currency,value_date,description\n");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int line = 0; line < 5_000; line++) {
            file.append(id).append(",,PLAN-").append(run).append('-').append(line % 50).append(",,1.00,KZT,")
                    .append(year).append("-02-01,planner\n");
        }
        Http.Reply imported = finance.post("api/allocations/imports", "text/csv", file.toString());
        assertThat(imported.status()).as(imported.toString()).isIn(201, 202);

        for (int tries = 0; tries < 300 && !lastAnalysed().isAfter(before); tries++) {
            Thread.sleep(100);
        }
        assertThat(lastAnalysed()).as("budget_entry analysed after the file").isAfter(before);
    }

    private static Instant lastAnalysed() throws SQLException {
        try (Connection db = Database.open(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("select coalesce(last_analyze, timestamp '1970-01-01 00:00:00')"
                     + " from pg_stat_user_tables where relname = 'budget_entry'")) {
            row.next();
            return ((Timestamp) row.getObject(1, Timestamp.class)).toInstant();
        }
    }
}
