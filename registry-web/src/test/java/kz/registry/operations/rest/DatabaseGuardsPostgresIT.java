package kz.registry.operations.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import kz.registry.testing.Database;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only PostgreSQL shows, with -Ppostgres only. The database itself refuses to change or
 * remove audit entries and budget ledger entries, whoever asks (H2 has no such guard; there the
 * hash chain shows tampering with the trail, and the application alone keeps the ledger
 * append-only). And when the database turns read-only or goes out of reach, every request gets
 * the registry's own answer: 503 with Retry-After, never a 401 that blames the caller, never a
 * driver's message; readiness says so; and once the database is back, nothing was lost.
 */
class DatabaseGuardsPostgresIT extends DeployedRegistry {

    private static final String JSON = "application/json";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateEntries() throws Exception {
        assertThat(Database.isPostgres()).as("this test belongs to the PostgreSQL profile").isTrue();
        // the deployment's start-up wrote entries (demo users, demo shelters)
        try (Connection db = Database.open(); Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update audit_entry set actor = 'intruder'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("truncate audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemovePostedBudgetEntries() throws Exception {
        assertThat(Database.isPostgres()).as("this test belongs to the PostgreSQL profile").isTrue();
        // demo mode posted the seed's budget at start-up
        try (Connection db = Database.open(); Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update budget_entry set amount = amount * 2"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from budget_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("truncate budget_entry cascade"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void aDatabaseThatRefusesWritesAnswers503ForChangesAndReadinessSaysSo() throws Exception {
        Http finance = http.withToken(as("finance").post("api/tokens", null, null).json().getString("token"));
        try {
            alterDatabase("set default_transaction_read_only = on");

            Http.Reply write = finance.post("api/shelters", JSON, shelter("read-only"));
            assertUnavailable(write);
            assertThat(finance.get("api/shelters?limit=1").status()).as("reads go on").isEqualTo(200);
            Http.Reply ready = http.get("health/ready");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.body()).contains("\"writable\":\"false\"");
            // a wrong password cannot be counted now: the registry says it cannot check, not that the caller is wrong
            assertUnavailable(http.withBasic("finance", "not-the-password").get("api/shelters"));
            // a background import is not even started: its job is kept in the database, which takes no write
            // now, so the request is refused at once, as every change is, rather than accepted and failed later
            Http.Reply job = as("finance").post("api/rates/imports", "text/csv",
                    "date,currency,rate,quant\n2013-06-03,EUR,197.50,1\n", "Prefer", "respond-async");
            assertUnavailable(job);
            assertThat(job.header("Location")).isEmpty();
        } finally {
            alterDatabase("reset default_transaction_read_only");
        }
        awaitReady();
        assertThat(finance.post("api/shelters", JSON, shelter("read-only")).status()).as("nothing stuck").isEqualTo(201);
    }

    @Test
    void aDatabaseOutOfReachAnswers503OnEveryPathSignInIncluded() throws Exception {
        Http finance = http.withToken(as("finance").post("api/tokens", null, null).json().getString("token"));
        try {
            alterDatabase("with allow_connections false");

            assertUnavailable(finance.get("api/shelters?limit=1"));
            assertUnavailable(as("finance").get("api/shelters?limit=1"));
            assertUnavailable(finance.post("api/shelters", JSON, shelter("out-of-reach")));
            assertThat(http.get("health/ready").status()).isEqualTo(503);
        } finally {
            alterDatabase("with allow_connections true");
        }
        awaitReady();
        assertThat(finance.get("api/shelters?limit=1").status()).isEqualTo(200);
        assertThat(finance.post("api/shelters", JSON, shelter("out-of-reach")).status()).isEqualTo(201);
    }

    /** Changes the registry's database as its operator would, and closes the registry's sessions so they see it. */
    private static void alterDatabase(String change) throws SQLException {
        String url = System.getenv("REGISTRY_DB_URL");
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                System.getenv("REGISTRY_DB_USER"), System.getenv("REGISTRY_DB_PASSWORD"));
             Statement sql = admin.createStatement()) {
            sql.execute("alter database \"" + name + "\" " + change);
            sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
        }
    }

    /** Every test starts on a database that answers and takes writes (an earlier test may have just restored it). */
    @BeforeEach
    void databaseIsBack() throws InterruptedException {
        awaitReady();
    }

    private void awaitReady() throws InterruptedException {
        for (int attempt = 0; attempt < 60 && http.get("health/ready").status() != 200; attempt++) {
            Thread.sleep(500);
        }
        assertThat(http.get("health/ready").status()).isEqualTo(200);
    }

    private static void assertUnavailable(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("urn:kz-registry:problem:database-unavailable");
        assertThat(reply.header("Retry-After")).isPresent();
        assertThat(reply.body()).doesNotContainIgnoringCase("sql").doesNotContain("postgres", "FATAL", "Exception");
    }

    private static String shelter(String city) {
        return "{\"name\": \"Outage shelter " + RUN + " " + city + "\", \"city\": \"" + city + "\", \"operator\": \"NGO\"}";
    }
}
