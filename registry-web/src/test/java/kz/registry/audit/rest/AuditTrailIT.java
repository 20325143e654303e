package kz.registry.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.registry.testing.Database;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import kz.registry.verifier.Verify;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail as an auditor uses it: every change on record, sealed into a transparency log
 * whose checkpoints and proofs the offline verifier checks, and tampering found.
 */
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
            // the auditor reading in Russian is told the same in Russian
            assertThat(as("auditor").get("api/audit/verification", "Accept-Language", "ru").json().getString("reason"))
                    .isEqualTo("его содержимое больше не совпадает с хешем, с которым оно было записано или"
                            + " запечатано: его изменили после записи");
        } finally {
            rewriteAfterState(entry.getString("id"), original);
        }
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    /**
     * An insider who changes an entry in the moment between its writing and its sealing does not
     * get the change sealed as genuine: the entry is sealed as it was written, so verification
     * names it while it is changed, and finds the log intact once it is put back. (The test holds
     * the entry back from the sealer while it changes it, so the sealer meets the changed text.)
     */
    @Test
    void anEntryChangedBeforeItIsSealedIsSealedAsItWasWritten() throws Exception {
        JsonObject entry = null;
        for (int tries = 0; tries < 5 && entry == null; tries++) {
            String id = as("finance").post("api/shelters", JSON, "{\"name\": \"Unsealed shelter " + tries + " " + RUN
                    + "\", \"city\": \"Semey\", \"operator\": \"NGO\"}").json().getString("id");
            JsonObject written = entriesOf("shelter", id).get(0);
            int[] held = {0};
            Tamper.with(db -> {
                // with the sealer's lease row locked no sealing is under way: the entry is either sealed or held back
                db.setAutoCommit(false);
                try (PreparedStatement sealer = db.prepareStatement("select holder from audit_sealer_lease where id = 1 for update");
                     PreparedStatement hold = db.prepareStatement("delete from audit_pending where entry_id = ?")) {
                    sealer.executeQuery().close();
                    hold.setObject(1, UUID.fromString(written.getString("id")));
                    held[0] = hold.executeUpdate();
                }
                db.commit();
            });
            entry = held[0] == 1 ? written : null; // sealed already: try with another
        }
        assertThat(entry).as("an entry caught before the sealer took it").isNotNull();
        String entryId = entry.getString("id");
        String original = entry.getString("after");
        rewriteAfterState(entryId, original.replace("\"NGO\"", "\"Someone else\""));
        long sequence = entry.getJsonNumber("sequence").longValue();
        Tamper.run("insert into audit_pending (entry_id, sequence_number) values (?, ?)", UUID.fromString(entryId), sequence);
        awaitSealed(entryId);

        JsonObject changed = verification();
        assertThat(changed.getBoolean("intact")).as(changed.toString()).isFalse();
        assertThat(changed.getString("firstBrokenId")).isEqualTo(entryId);

        rewriteAfterState(entryId, original);
        JsonObject restored = verification();
        assertThat(restored.getBoolean("intact")).as(restored.toString()).isTrue();
    }

    @Test
    void anEntryQueuedAgainAfterItWasSealedStopsNoSealing() throws Exception {
        String first = shelter("Queued twice shelter");
        awaitSealed();
        JsonObject sealed = entriesOf("shelter", first).get(0);
        Tamper.run("insert into audit_pending (entry_id, sequence_number) values (?, ?)",
                UUID.fromString(sealed.getString("id")), sealed.getJsonNumber("sequence").longValue());

        String second = shelter("Sealed after the queued twice shelter");
        awaitSealed(entriesOf("shelter", second).get(0).getString("id"));
        awaitSealed();
        JsonObject verification = verification();
        assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
        try (Connection db = Database.open();
             PreparedStatement leaves = db.prepareStatement("select count(*) from audit_leaf where entry_id = ?")) {
            leaves.setObject(1, UUID.fromString(sealed.getString("id")));
            try (java.sql.ResultSet count = leaves.executeQuery()) {
                count.next();
                assertThat(count.getLong(1)).as("leaves of the entry queued twice").isEqualTo(1);
            }
        }
    }

    private static void awaitSealed(String entryId) throws Exception {
        for (int tries = 0; tries < 100; tries++) {
            try (Connection db = Database.open();
                 PreparedStatement leaf = db.prepareStatement("select count(*) from audit_leaf where entry_id = ?")) {
                leaf.setObject(1, UUID.fromString(entryId));
                try (java.sql.ResultSet count = leaf.executeQuery()) {
                    count.next();
                    if (count.getLong(1) == 1) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("entry " + entryId + " was not sealed within 10 s");
    }

    @Test
    void anAuditorChecksWithTheOfflineVerifierThatAnEntryIsInTheLogAndTheLogOnlyGrew(@TempDir Path folder)
            throws Exception {
        Http auditor = as("auditor");
        String first = shelter("Logged shelter A");
        awaitSealed();
        // the auditor keeps this checkpoint: later ones must extend it
        String kept = auditor.get("api/audit/log/checkpoints/latest", "Accept", "text/plain").body();
        String second = shelter("Logged shelter B");
        awaitSealed();

        JsonObject latest = auditor.get("api/audit/log/checkpoints/latest").json();
        String keyId = latest.getString("keyId");
        long keptSize = Long.parseLong(kept.lines().skip(1).findFirst().orElseThrow());
        String entry = entriesOf("shelter", second).get(0).getString("id");
        Verified verified = verifyOffline(folder, Map.of("kept.txt", kept, "latest.txt", latest.getString("text"),
                "key.pem", auditor.get("api/audit/log/keys/" + keyId).body(),
                "inclusion.txt", auditor.get("api/audit/log/inclusion?entry=" + entry, "Accept", "text/plain").body(),
                "consistency.txt", auditor.get("api/audit/log/consistency?from=" + keptSize, "Accept", "text/plain").body()));

        assertThat(verified.status()).as(verified.printed()).isZero();
        assertThat(verified.printed())
                .contains("valid: the log of " + latest.getJsonNumber("treeSize") + " entries only appended to the log of "
                        + keptSize, "valid: entry at leaf", entry).doesNotContain("INVALID");
        assertThat(first).isNotEqualTo(second);
        JsonObject inclusion = auditor.get("api/audit/log/inclusion?entry=" + entry).json();
        assertThat(inclusion.getJsonNumber("treeSize").longValue()).isEqualTo(latest.getJsonNumber("treeSize").longValue());
        assertThat(auditor.get("api/audit/log/keys").array().getValuesAs(JsonObject.class))
                .anySatisfy(key -> assertThat(key.getString("publicKey")).startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void writersAtOnceLeaveADenseCompleteLogAndARolledBackWriteNeverAppears() throws Exception {
        String key = "log-race-" + RUN;
        int writers = 24;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<Http.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i;
                // half race for one idempotency key (the losers' transactions roll back), half write their own
                replies.add(pool.submit(() -> as("finance").post("api/shelters", JSON, "{\"name\": \"Race shelter " + RUN
                        + (n % 2 == 0 ? "" : " " + n) + "\", \"city\": \"Taraz\", \"operator\": \"NGO\"}",
                        "Idempotency-Key", n % 2 == 0 ? key : key + "-" + n)));
            }
            for (var reply : replies) {
                assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        JsonObject verification = awaitSealed();

        assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
        long entries = total("api/audit?limit=1");
        assertThat(verification.getJsonNumber("treeSize").longValue()).isEqualTo(entries);
        assertThat(verification.getJsonNumber("entriesChecked").longValue()).isEqualTo(entries);
        List<JsonObject> raced = as("auditor").get("api/audit?aggregateType=shelter&limit=500").jsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("after", "").contains("\"Race shelter " + RUN + "\"")).toList();
        assertThat(raced).as("one creation for the raced key, the losers' entries rolled back with them").hasSize(1);
    }

    @Test
    void aRemovedAnInsertedAndAReorderedEntryAreEachNamed() throws Exception {
        String id = shelter("Removed shelter");
        JsonObject removed = entriesOf("shelter", id).get(0);
        awaitSealed();
        Map<String, Object> row = Tamper.row("audit_entry", "id", UUID.fromString(removed.getString("id")));

        Tamper.run("delete from audit_entry where id = ?", UUID.fromString(removed.getString("id")));
        try {
            JsonObject verification = verification();
            assertThat(verification.getBoolean("intact")).isFalse();
            assertThat(verification.getString("reason")).contains(removed.getString("id"), "removed");
        } finally {
            Tamper.insert("audit_entry", row);
        }
        assertThat(verification().getBoolean("intact")).isTrue();

        UUID intruder = UUID.randomUUID();
        Map<String, Object> forged = new java.util.HashMap<>(row);
        forged.put("id", intruder);
        forged.put("sequence_number", 900_000_000L + Math.abs(RUN.hashCode() % 1000));
        forged.put("actor", "intruder");
        Tamper.insert("audit_entry", forged);
        try {
            JsonObject verification = verification();
            assertThat(verification.getBoolean("intact")).isFalse();
            assertThat(verification.getString("firstBrokenId")).isEqualTo(intruder.toString());
            assertThat(verification.getString("reason")).contains("never written through the registry");
        } finally {
            Tamper.run("delete from audit_entry where id = ?", intruder);
        }

        Tamper.swapLeaves(1, 2);
        try {
            JsonObject verification = verification();
            assertThat(verification.getBoolean("intact")).isFalse();
            assertThat(verification.getString("reason")).contains("changed, removed or reordered");
        } finally {
            Tamper.swapLeaves(1, 2);
        }
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    void aRewrittenHistoryWithItsTreeRecomputedAndResignedFailsAgainstAKeptCheckpoint(@TempDir Path folder)
            throws Exception {
        Http auditor = as("auditor");
        String id = shelter("Rewritten shelter");
        JsonObject entry = entriesOf("shelter", id).get(0);
        awaitSealed();
        String kept = auditor.get("api/audit/log/checkpoints/latest", "Accept", "text/plain").body();
        long keptSize = Long.parseLong(kept.lines().skip(1).findFirst().orElseThrow());
        shelter("Later shelter");
        awaitSealed();
        String original = entry.getString("after");
        String keyPem = auditor.get("api/audit/log/keys/" + auditor.get("api/audit/log/checkpoints/latest").json()
                .getString("keyId")).body();

        // an insider with the database and the signing key rewrites the entry, recomputes the tree, signs it again
        Tamper.rewrite(UUID.fromString(entry.getString("id")), original.replace("\"NGO\"", "\"Someone else\""));
        try {
            assertThat(verification().getString("reason")).as("the stored checkpoints no longer match")
                    .contains("changed, removed or reordered");
            String forged = Tamper.resignedLatest();
            Verified verified = verifyOffline(folder, Map.of("kept.txt", kept, "forged.txt", forged, "key.pem", keyPem,
                    "consistency.txt", auditor.get("api/audit/log/consistency?from=" + keptSize + "&to=" + Tamper.size(),
                            "Accept", "text/plain").body()));

            assertThat(verified.status()).isEqualTo(1);
            assertThat(verified.printed()).contains("valid: checkpoint of " + keptSize,
                    "INVALID: the log of " + Tamper.size() + " entries only appended to the log of " + keptSize);
        } finally {
            Tamper.rewrite(UUID.fromString(entry.getString("id")), original);
        }
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    private record Verified(int status, String printed) {
    }

    /** The offline verifier over the files an auditor saved from the API (name to content). */
    private static Verified verifyOffline(Path folder, Map<String, String> files) throws java.io.IOException {
        List<String> paths = new java.util.ArrayList<>();
        for (var file : files.entrySet()) {
            paths.add(Files.writeString(folder.resolve(file.getKey()), file.getValue()).toString());
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = Verify.run(paths.toArray(String[]::new), new PrintStream(printed, true, StandardCharsets.UTF_8));
        return new Verified(status, printed.toString(StandardCharsets.UTF_8));
    }

    private String shelter(String name) {
        Http.Reply created = as("finance").post("api/shelters", JSON,
                "{\"name\": \"" + name + " " + RUN + "\", \"city\": \"Turkistan\", \"operator\": \"NGO\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    /** Waits until the sealer has taken every committed entry into the log (it runs every second), then verifies it. */
    private JsonObject awaitSealed() throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            if (as("auditor").get("api/audit/log/status").json().getJsonNumber("unsealed").longValue() == 0) {
                return verification();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("entries still wait to be sealed: " + as("auditor").get("api/audit/log/status").body());
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
