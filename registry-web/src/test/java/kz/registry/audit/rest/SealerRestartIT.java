package kz.registry.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.registry.testing.Http;
import kz.registry.testing.StandaloneRegistry;
import org.junit.jupiter.api.Test;

/**
 * The sealer dies with its process, as likely as not in the middle of a batch: a registry started
 * again on the same database takes over when the lease runs out and seals every entry, once, with
 * no gap. A background job killed with it is reported failed by the next process (as by any node
 * of a cluster), never running forever, and the upload file it left behind is removed.
 */
class SealerRestartIT {

    private static final Path FOLDER = Path.of("target", "sealer-restart").toAbsolutePath();
    private static final String PASSWORD = "sealer-test-password";
    private static final int LINES = 3_000;

    private static StandaloneRegistry start() throws Exception {
        return StandaloneRegistry.start(FOLDER, Map.of(
                "REGISTRY_DEMO", "true",
                "REGISTRY_DEMO_PASSWORD", PASSWORD,
                "REGISTRY_DB_CLASS", "org.h2.jdbcx.JdbcDataSource",
                // H2 writes committed data to its file within half a second by default: a kill could lose
                // the import itself, which is not what this test is about
                "REGISTRY_DB_URL", "jdbc:h2:file:" + FOLDER.resolve("data/registry") + ";WRITE_DELAY=0",
                "REGISTRY_PROTECTION_KEY", Base64.getEncoder().encodeToString(new byte[32])), List.of(), List.of());
    }

    private static String unfinishedJob;
    private static long firstPid;

    /** The upload files a registry process keeps in the temporary folder this machine shares. */
    private static List<Path> uploadsOf(long pid) throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("registry-upload-" + pid + "-")).toList();
        }
    }

    @Test
    void aSealerKilledWhileSealingLeavesNoGapAndNoDuplicateOnceAnotherTakesOver() throws Exception {
        if (Files.exists(FOLDER)) {
            try (var files = Files.walk(FOLDER)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        StandaloneRegistry first = start();
        firstPid = first.pid();
        try {
            Http finance = new Http(first.http()).withBasic("finance", PASSWORD);
            int year = LocalDate.now().getYear();
            String appropriation = finance.post("api/appropriations", "application/json", "{\"year\": " + year
                    + ", \"source\": \"donor\", \"purpose\": \"hotline\", \"amount\": \"10000000.00\", \"currency\": \"KZT\"}")
                    .json().getString("id");
            StringBuilder csv = new StringBuilder("appropriation,recipient,amount,currency,value_date\n");
            for (int line = 0; line < LINES; line++) {
                csv.append(appropriation).append(",Recipient ").append(line).append(",1.00,KZT,").append(year).append("-01-15\n");
            }
            Http.Reply posted = finance.post("api/allocations/imports", "text/csv", csv.toString());
            assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
            StringBuilder large = new StringBuilder("appropriation,recipient,amount,currency,value_date\n");
            for (int line = 0; line < 20 * LINES; line++) {
                large.append(appropriation).append(",Unfinished ").append(line).append(",1.00,KZT,").append(year)
                        .append("-01-16\n");
            }
            Http.Reply accepted = finance.post("api/allocations/imports", "text/csv", large.toString(),
                    "Prefer", "respond-async");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            unfinishedJob = accepted.header("Location").orElseThrow().replaceFirst("^.*/api/", "api/");
            assertThat(finance.get(unfinishedJob).json().getString("status")).isEqualTo("RUNNING");
            assertThat(uploadsOf(first.pid())).as("the job's file, kept on disk while it runs").isNotEmpty();
        } finally {
            // thousands of entries wait; the sealer is at them within a second: the process dies now
            first.kill();
        }

        try (StandaloneRegistry second = start()) {
            Http auditor = new Http(second.http()).withBasic("auditor", PASSWORD);
            JsonObject verification = null;
            for (int attempt = 0; attempt < 240; attempt++) {
                verification = auditor.get("api/audit/verification").json();
                if (verification.getJsonNumber("unsealed").longValue() == 0) {
                    break;
                }
                Thread.sleep(250);
            }
            long entries = auditor.get("api/audit?limit=1").json().getJsonNumber("total").longValue();

            assertThat(verification.getJsonNumber("unsealed").longValue()).as(verification.toString()).isZero();
            assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
            assertThat(entries).isGreaterThan(LINES);
            assertThat(verification.getJsonNumber("treeSize").longValue()).as("every entry a leaf, once").isEqualTo(entries);
            assertThat(verification.getJsonNumber("entriesChecked").longValue()).isEqualTo(entries);

            // the killed process's heartbeat stops: within 30 s of it its job reads as failed, on any node
            Http finance = new Http(second.http()).withBasic("finance", PASSWORD);
            JsonObject job = finance.get(unfinishedJob).json();
            for (int attempt = 0; attempt < 120 && job.getString("status").equals("RUNNING"); attempt++) {
                Thread.sleep(500);
                job = finance.get(unfinishedJob).json();
            }
            assertThat(job.getString("status")).as(job.toString()).isEqualTo("FAILED");
            assertThat(job.getString("failure")).contains("stopped before it finished").contains("nothing of it was written");
            assertThat(job.containsKey("batchId") && !job.isNull("batchId")).as(job.toString()).isFalse();
            assertThat(uploadsOf(firstPid)).as("the dead process's upload file is removed at the next start").isEmpty();
        }
    }
}
