package kz.registry.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.registry.testing.Database;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.Test;

/** The audit trail as an auditor uses it: every change on record, and tampering found. */
class AuditTrailIT extends DeployedRegistry {

    private static final String JSON = "application/json";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void everyChangeThroughTheApiHasItsEntry() {
        Http finance = as("finance");
        Http.Reply created = finance.post("api/shelters", JSON,
                "{\"name\": \"Audited shelter " + RUN + "\", \"city\": \"Atyrau\", \"operator\": \"NGO\"}",
                "X-Correlation-Id", "audit-create-" + RUN);
        String id = created.json().getString("id");
        Http.Reply revised = finance.put("api/shelters/" + id, JSON,
                "{\"name\": \"Audited shelter " + RUN + "\", \"city\": \"Atyrau\", \"operator\": \"Another NGO\"}",
                "If-Match", created.header("ETag").orElseThrow(), "X-Correlation-Id", "audit-revise-" + RUN);
        assertThat(revised.status()).isEqualTo(200);

        List<JsonObject> entries = entriesOf("shelter", id);

        assertThat(entries).hasSize(2);
        JsonObject creation = entries.get(0);
        assertThat(creation.getString("action")).isEqualTo("CREATED");
        assertThat(creation.getString("actor")).isEqualTo("finance");
        assertThat(creation.getString("actorRoles")).isEqualTo("finance-officer");
        assertThat(creation.getString("correlationId")).isEqualTo("audit-create-" + RUN);
        assertThat(creation.containsKey("before")).isFalse();
        assertThat(creation.getString("after")).contains("\"operator\":\"NGO\"");
        JsonObject revision = entries.get(1);
        assertThat(revision.getString("action")).isEqualTo("UPDATED");
        assertThat(revision.getString("before")).contains("\"operator\":\"NGO\"");
        assertThat(revision.getString("after")).contains("\"operator\":\"Another NGO\"");
        assertThat(revision.getString("correlationId")).isEqualTo("audit-revise-" + RUN);
        assertThat(revision.getJsonNumber("sequence").longValue()).isGreaterThan(creation.getJsonNumber("sequence").longValue());
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        long before = total("api/audit?limit=1");

        as("finance").post("api/shelters", JSON, "{\"name\": \"\", \"city\": \"x\", \"operator\": \"y\"}");
        as("auditor").post("api/shelters", JSON, "{\"name\": \"Not mine " + RUN + "\", \"city\": \"x\", \"operator\": \"y\"}");

        assertThat(total("api/audit?limit=1")).isEqualTo(before);
    }

    @Test
    void entriesCanBeReadByUserAndPeriod() {
        Instant start = Instant.now().minusSeconds(1);
        String id = as("finance").post("api/shelters", JSON,
                "{\"name\": \"Period shelter " + RUN + "\", \"city\": \"Oral\", \"operator\": \"NGO\"}").json().getString("id");

        List<JsonObject> byFinance = as("auditor").get("api/audit?actor=finance&from=" + start + "&limit=500")
                .jsonArray("items").getValuesAs(JsonObject.class);

        assertThat(byFinance).isNotEmpty().allSatisfy(entry -> assertThat(entry.getString("actor")).isEqualTo("finance"));
        assertThat(byFinance).extracting(entry -> entry.getString("aggregateId")).contains(id);
        assertThat(total("api/audit?actor=finance&to=" + start)).isLessThan(total("api/audit?actor=finance"));
        assertThat(as("auditor").get("api/audit?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        assertThat(as("finance").get("api/audit").status()).isEqualTo(403);
        assertThat(as("clerk").get("api/audit/verification").status()).isEqualTo(403);
        assertThat(as("admin").get("api/audit").status()).isEqualTo(403);
        assertThat(http.get("api/audit").status()).isEqualTo(401);
    }

    @Test
    void anEntryChangedInTheDatabaseIsNamedByVerification() throws Exception {
        String id = as("finance").post("api/shelters", JSON,
                "{\"name\": \"Tampered shelter " + RUN + "\", \"city\": \"Semey\", \"operator\": \"NGO\"}")
                .json().getString("id");
        JsonObject entry = entriesOf("shelter", id).get(0);
        assertThat(verification().getBoolean("intact")).isTrue();

        String original = entry.getString("after");
        rewriteAfterState(entry.getString("id"), original.replace("\"NGO\"", "\"Someone else\""));
        try {
            JsonObject verification = verification();

            assertThat(verification.getBoolean("intact")).isFalse();
            assertThat(verification.getString("firstBrokenId")).isEqualTo(entry.getString("id"));
            assertThat(verification.getJsonNumber("firstBrokenSequence").longValue())
                    .isEqualTo(entry.getJsonNumber("sequence").longValue());
            assertThat(verification.getString("reason")).contains("changed");
        } finally {
            rewriteAfterState(entry.getString("id"), original);
        }
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    private List<JsonObject> entriesOf(String type, String id) {
        Http.Reply reply = as("auditor").get("api/audit?aggregateType=" + type + "&aggregateId=" + id);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray("items").getValuesAs(JsonObject.class);
    }

    private JsonObject verification() {
        Http.Reply reply = as("auditor").get("api/audit/verification");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private long total(String path) {
        return as("auditor").get(path).json().getJsonNumber("total").longValue();
    }

    /** An update around the registry. On PostgreSQL it needs the triggers off, as only a superuser can do. */
    private static void rewriteAfterState(String entryId, String after) throws Exception {
        try (Connection db = Database.open()) {
            if (Database.isPostgres()) {
                try (Statement statement = db.createStatement()) {
                    statement.execute("set session_replication_role = replica");
                }
            }
            try (PreparedStatement update = db.prepareStatement("update audit_entry set after_state = ? where id = ?")) {
                update.setString(1, after);
                update.setObject(2, UUID.fromString(entryId));
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }
    }
}
