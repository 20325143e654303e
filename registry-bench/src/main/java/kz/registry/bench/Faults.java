package kz.registry.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault-injection suite: starts the cluster ({@code cluster/cluster.sh}) on a database of its
 * own, loads it with writers through the balancer ({@link Load}), injects each fault on purpose,
 * checks in SQL and over the API what must hold, and writes one table row per fault. Every
 * request goes to this machine's loopback addresses. Exits non-zero when a row does not hold.
 *
 * <pre>bench/faults.sh                 # every fault, 3 nodes, 16 writers: bench/FAULTS.md
 * bench/faults.sh reduced=true    # one node kill, one database restart, the race (CI)</pre>
 */
public final class Faults {

    private static final String PASSWORD = "faults-users-password";
    private static final int YEAR = 2025;

    private final Map<String, String> settings;
    private final Path root = Path.of("").toAbsolutePath();
    private final Cluster cluster;
    private final int nodes;
    private final int writers;
    private final boolean reduced;
    private final int nodePort;
    private final StringBuilder report = new StringBuilder();
    private final List<String[]> rows = new ArrayList<>();
    private boolean allHeld = true;
    private Api finance;
    private Api clerk;
    private Api auditor;
    private UUID appropriation;
    private UUID proceeding;
    private List<UUID> everyAcknowledgedWrite = List.of();

    private Faults(Map<String, String> settings) {
        this.settings = settings;
        this.reduced = Boolean.parseBoolean(setting("reduced", "false"));
        this.nodes = Integer.parseInt(setting("nodes", "3"));
        this.writers = Integer.parseInt(setting("writers", "16"));
        this.cluster = new Cluster(root, "target/faults-cluster", reduced ? "registry_faults_ci" : "registry_faults",
                Integer.parseInt(setting("port", "8190")), Integer.parseInt(setting("gridPort", "5911")));
        this.nodePort = cluster.nodePort;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>();
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.contains("=")) {
                settings.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        Faults suite = new Faults(settings);
        boolean held = suite.run();
        System.exit(held ? 0 : 1);
    }

    private String setting(String name, String fallback) {
        return settings.getOrDefault(name, fallback);
    }

    private boolean run() throws Exception {
        long began = System.nanoTime();
        say("# Faults injected into a registry cluster\n");
        say(String.format(Locale.ROOT, "Run %s: %d Payara Micro nodes behind HAProxy on one PostgreSQL %s database, "
                        + "%d writers through the balancer (allocations, and victims, recognitions and claims), each "
                        + "write with an Idempotency-Key and sent again on no answer within %d s or a 5xx; %s. "
                        + "Produced by `bench/faults.sh%s`.%n",
                Instant.now().toString().substring(0, 16).replace('T', ' '), nodes, serverVersion(), writers,
                Load.ATTEMPT.toSeconds(), Runtime.getRuntime().availableProcessors() + " processors",
                reduced ? " reduced=true" : ""));
        cluster.recreateDatabase();
        cluster.run("start", Integer.toString(nodes));
        try {
            signIn();
            setUp();
            try (Load load = new Load(finance, clerk, appropriation, proceeding, YEAR, writers)) {
                Load.pause(5_000);
                if (reduced) {
                    nodeKilled(load, 1);
                } else {
                    for (int k = 1; k <= Math.min(3, nodes); k++) {
                        nodeKilled(load, k);
                    }
                    sealerNodeKilled(load);
                }
                databaseRestarted(load);
                if (!reduced) {
                    connectionsExhausted(load);
                }
                load.open("end");
                load.close();
                everyAcknowledgedWrite = List.copyOf(load.acknowledged);
            }
            race(5);
            if (!reduced) {
                tagRace(100);
                clockOff(nodes);
            }
            everyWriteHeldAndSealed();
        } finally {
            cluster.run("stop");
        }
        say("\n| fault | must hold | held | acknowledged | persisted | lost | duplicated | errors by status | time to recover |");
        say("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        rows.forEach(row -> say(line(row)));
        say(String.format(Locale.ROOT, "%nThe whole run took %.0f s.", (System.nanoTime() - began) / 1e9));
        Path out = root.resolve(setting("out", reduced ? "target/FAULTS-reduced.md" : "bench/FAULTS.md"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("faults: written to " + out + (allHeld ? "; every row held" : "; A ROW DID NOT HOLD"));
        return allHeld;
    }

    // --- the faults ------------------------------------------------------------------------------

    private void nodeKilled(Load load, int k) throws Exception {
        load.open("kill -9 of node " + k);
        long at = System.nanoTime();
        cluster.run("kill", Integer.toString(k));
        Load.pause(10_000);
        cluster.run("revive", Integer.toString(k));
        Load.pause(3_000);
        Load.Window window = load.open("after node " + k);
        row(window, "kill -9 of node " + k + " of " + nodes + " under load, 10 s down, then started again",
                "every acknowledged write present; 0 duplicates; no request over 10 s", at);
    }

    private void sealerNodeKilled(Load load) throws Exception {
        load.open("the sealer's node killed");
        String sealer = scalar("select holder from audit_sealer_lease where id = 1");
        String duty = scalar("select holder from registry_duty where name = 'rate-directory'");
        int k = cluster.nodeOf(sealer, nodes);
        long at = System.nanoTime();
        cluster.run("kill", Integer.toString(k));
        double sealerTakeover = takeover("select holder from audit_sealer_lease where id = 1", sealer, at);
        double dutyTakeover = cluster.nodeOf(duty, nodes) == k
                ? takeover("select holder from registry_duty where name = 'rate-directory'", duty, at) : -1;
        cluster.run("revive", Integer.toString(k));
        Load.Window window = load.open("after the sealer's node");
        boolean sealed = sealingHasNoGapNorDouble();
        String took = String.format(Locale.ROOT, "sealer taken over after %.1f s%s", sealerTakeover, dutyTakeover < 0
                ? " (the rate directory's duty was on another node)"
                : String.format(Locale.ROOT, ", rate directory's duty after %.1f s", dutyTakeover));
        boolean held = sealerTakeover >= 0 && sealerTakeover <= 30 && dutyTakeover <= 30 && sealed;
        rowWith(window, "kill -9 of node " + k + ", which held the sealer's lease" + (cluster.nodeOf(duty, nodes) == k
                        ? " and the rate directory's duty" : ""),
                "another node takes over within 30 s; no gap, no double sealing" + (sealed ? "" : " (GAP OR DOUBLE)"),
                held, took);
    }

    private void databaseRestarted(Load load) throws Exception {
        load.open("PostgreSQL stopped for 8 s");
        Readiness readiness = new Readiness(nodePort, nodes);
        long at = System.nanoTime();
        postgres("stop");
        Load.pause(8_000);
        long upAt = System.nanoTime();
        postgres("start");
        Load.pause(20_000);
        readiness.stop();
        Load.Window window = load.open("after PostgreSQL");
        boolean downAndUp = readiness.sawDown.get() && readiness.upAgainNanos.get() > readiness.downNanos.get();
        String took = String.format(Locale.ROOT, "readiness %s; writes acknowledged again %.1f s after PostgreSQL was back",
                downAndUp ? String.format(Locale.ROOT, "DOWN %.1f s after the stop, UP %.1f s after the start",
                        (readiness.downNanos.get() - at) / 1e9, (readiness.upAgainNanos.get() - upAt) / 1e9)
                        : "never seen DOWN", window.recoveredAfter(upAt));
        boolean errorsAre503 = window.statuses.keySet().stream().allMatch(s -> s == 200 || s == 201 || s == 503);
        boolean alive = nodesAlive();
        rowWith(window, "PostgreSQL stopped under load, started again 8 s later",
                "nodes recover without a restart; 503 problem+json during the outage, none over 10 s; readiness DOWN"
                        + " and back UP; nothing acknowledged lost" + unless(errorsAre503, "ANOTHER STATUS THAN 503")
                        + unless(window.notProblemJson.get() == 0, window.notProblemJson.get() + " ANSWERS NOT PROBLEM+JSON")
                        + unless(alive, "A NODE NOT READY AFTERWARDS"),
                downAndUp && errorsAre503 && window.notProblemJson.get() == 0 && alive, took);
    }

    private void connectionsExhausted(Load load) throws Exception {
        load.open("connections exhausted");
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 500; i++) {
                held.add(DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres"));
            }
        } catch (SQLException full) {
            // every connection PostgreSQL allows is taken now
        }
        Load.pause(15_000);
        for (Connection connection : held) {
            connection.close();
        }
        long releasedAt = System.nanoTime();
        Load.pause(10_000);
        Load.Window window = load.open("after the connections");
        boolean errorsAre503 = window.statuses.keySet().stream().allMatch(s -> s == 200 || s == 201 || s == 503);
        boolean whole = nothingHalfWritten();
        rowWith(window, "every PostgreSQL connection taken by another client (" + held.size() + ") for 15 s",
                "503 problem+json, nothing half-written, recovery when released" + unless(whole, "HALF-WRITTEN")
                        + unless(errorsAre503, "ANOTHER STATUS THAN 503")
                        + unless(window.notProblemJson.get() == 0, window.notProblemJson.get() + " ANSWERS NOT PROBLEM+JSON"),
                errorsAre503 && window.notProblemJson.get() == 0 && whole,
                String.format(Locale.ROOT, "last error %.1f s after the release", window.recoveredAfter(releasedAt)));
    }

    /**
     * A node started again with its clock 5 minutes ahead (libfaketime): it must see it, stay out of
     * the balancer's rotation, and write no audit time from its clock; tokens are tried both ways.
     */
    private void clockOff(int k) throws Exception {
        cluster.run("kill", Integer.toString(k));
        // every call for the time goes through libfaketime: the node starts several times slower
        cluster.runWith(Map.of("CLUSTER_FAKETIME", "+5m", "CLUSTER_START_SECONDS", "600"), "revive",
                Integer.toString(k));
        Load.pause(10_000);
        String readiness = Readiness.answer(nodePort + k - 1);
        boolean outOfRotation = readiness.contains("\"status\":\"DOWN\"") && readiness.contains("clock");
        Figures writes = Figures.measure("allocations through the balancer", 200, 8, i -> finance.postJson(
                "api/allocations", "{\"appropriationId\": \"" + appropriation + "\", \"caseNumber\": \"CLOCK-" + i
                        + "\", \"amount\": \"1.00\", \"currency\": \"KZT\", \"valueDate\": \"" + YEAR
                        + "-06-01\"}").status() == 201);
        Api skewed = Api.basic(cluster.node(k), "finance", PASSWORD).withToken();
        int skewedTokenElsewhere = Api.sending(cluster.node(1), skewed.authorization()).get("api/periods").status();
        int normalTokenOnSkewed = Api.sending(cluster.node(k), finance.authorization()).get("api/periods").status();
        long futureAudit = Long.parseLong(scalar("select count(*) from audit_entry where occurred_at >"
                + " current_timestamp + interval '60' second"));
        String offset = readiness.replaceAll(".*\"clockOffsetSeconds\":\"?(-?\\d+)\"?.*", "$1");
        boolean held = outOfRotation && futureAudit == 0 && writes.errors() == 0;
        allHeld &= held;
        row(new String[] {"node " + k + " started again with its clock 5 minutes ahead (libfaketime), then 200"
                + " allocations through the balancer", "tokens and audit times stay consistent: the node measures its"
                + " offset from the database's clock and stays not ready, so the balancer sends it nothing; no audit"
                + " entry dated ahead" + unless(outOfRotation, "THE NODE WAS READY")
                + unless(futureAudit == 0, futureAudit + " AUDIT ENTRIES DATED AHEAD"), yes(held), "200",
                "", "", "", writes.errors() + " errors", String.format(Locale.ROOT, "offset it measured: %s s; a token"
                + " it issued, used on node 1: %d; node 1's token used on it: %d (a token's expiry is checked with 30 s"
                + " of leeway, its issue time not at all)", offset, skewedTokenElsewhere, normalTokenOnSkewed)});
    }

    /** Allocations racing for an appropriation's last tenge, sent to every node at once. */
    private void race(int rounds) throws Exception {
        int racers = 30;
        List<String> outcomes = new ArrayList<>();
        boolean held = true;
        for (int round = 1; round <= rounds; round++) {
            UUID pot = UUID.fromString(finance.postJson("api/appropriations", "{\"year\": " + YEAR + ", \"source\": "
                    + "\"republican-budget\", \"purpose\": \"investigation-assistance\", \"amount\": \"100.00\", "
                    + "\"currency\": \"KZT\"}").expect(201).json().getString("id"));
            CountDownLatch go = new CountDownLatch(1);
            AtomicLong won = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            int r = round;
            try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
                List<Future<?>> all = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    Api node = Api.sending(cluster.node(i % nodes + 1), finance.authorization());
                    int n = i;
                    all.add(pool.submit(() -> {
                        go.await();
                        int status = node.postJson("api/allocations", "{\"appropriationId\": \"" + pot + "\", "
                                + "\"caseNumber\": \"RACE-" + r + "-" + n + "\", \"amount\": \"10.00\", \"currency\": "
                                + "\"KZT\", \"valueDate\": \"" + YEAR + "-06-01\"}", "race-" + r + "-" + n,
                                Load.ATTEMPT).status();
                        (status == 201 ? won : refused).incrementAndGet();
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> each : all) {
                    each.get();
                }
            }
            String allocated = scalar("select coalesce(sum(amount), 0) from budget_entry where parent_id = '" + pot + "'");
            boolean exact = new java.math.BigDecimal(allocated).compareTo(new java.math.BigDecimal("100")) == 0;
            held &= exact && won.get() == 10;
            outcomes.add(won.get() + " won, " + refused.get() + " refused, " + allocated + " of 100.00 allocated");
        }
        row(new String[] {racers + " allocations of 10.00 racing for an appropriation of 100.00, sent to all "
                + nodes + " nodes at once, " + rounds + " rounds", "never over-allocated (checked in SQL)", yes(held),
                "", "", "", "", String.join("; ", outcomes), ""});
        allHeld &= held;
    }

    /** Two clients changing the same shelter with the same entity tag, on two nodes at once. */
    private void tagRace(int rounds) throws Exception {
        Api first = Api.sending(cluster.node(1), finance.authorization());
        Api second = Api.sending(cluster.node(Math.min(2, nodes)), finance.authorization());
        String location = "api/shelters/" + finance.postJson("api/shelters", "{\"name\": \"Fault shelter "
                + UUID.randomUUID() + "\", \"city\": \"Aktau\", \"operator\": \"NGO\"}").expect(201).json().getString("id");
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        boolean held = true;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < rounds; round++) {
                String tag = first.get(location).expect(200).header("ETag");
                CountDownLatch go = new CountDownLatch(1);
                int r = round;
                Future<Integer> a = pool.submit(() -> {
                    go.await();
                    return first.put(location, shelter("A", r), tag).status();
                });
                Future<Integer> b = pool.submit(() -> {
                    go.await();
                    return second.put(location, shelter("B", r), tag).status();
                });
                go.countDown();
                int sa = a.get();
                int sb = b.get();
                String pair = Math.min(sa, sb) + "/" + Math.max(sa, sb);
                outcomes.merge(pair, 1L, Long::sum);
                held &= pair.equals("200/409") || pair.equals("200/412");
            }
        }
        row(new String[] {"two clients PUT the same shelter with the same ETag on nodes 1 and " + Math.min(2, nodes)
                + ", " + rounds + " rounds", "exactly one wins each round, the other 409/412", yes(held), "", "", "", "",
                outcomes.toString(), ""});
        allHeld &= held;
    }

    private static String shelter(String who, int round) {
        return "{\"name\": \"Fault shelter " + who + " " + round + " " + UUID.randomUUID() + "\", \"city\": \"Aktau\","
                + " \"operator\": \"NGO " + who + "\"}";
    }

    // --- what must hold ---------------------------------------------------------------------------

    private void row(Load.Window window, String fault, String mustHold, long at) throws Exception {
        boolean alive = nodesAlive();
        rowWith(window, fault, mustHold + unless(alive, "A NODE NOT READY AFTERWARDS"), alive,
                String.format(Locale.ROOT, "last error %.1f s after the kill", window.recoveredAfter(at)));
    }

    private void rowWith(Load.Window window, String fault, String mustHold, boolean faultHeld, String took)
            throws Exception {
        // the writes of the window still under way (retrying) are counted in the next fault's row
        List<UUID> allocations = List.copyOf(window.allocations.values());
        List<UUID> claims = List.copyOf(window.claims);
        long acknowledged = allocations.size() + claims.size();
        long persisted = present("budget_entry", allocations) + present("compensation_claim", claims);
        long lost = acknowledged - persisted;
        if (lost > 0) {
            List<UUID> all = new ArrayList<>(allocations);
            all.addAll(claims);
            for (UUID id : all) {
                if (present("budget_entry", List.of(id)) + present("compensation_claim", List.of(id)) == 0) {
                    System.out.println("faults: acknowledged, not in the database: " + id + ": " + window.trails.get(id));
                }
            }
        }
        window.slow.forEach(slow -> System.out.println("faults: slow in '" + window.name + "': " + slow));
        long duplicated = duplicates();
        boolean held = faultHeld && lost == 0 && duplicated == 0 && window.hung.get() == 0;
        allHeld &= held;
        row(new String[] {fault, mustHold, yes(held), Long.toString(acknowledged), Long.toString(persisted),
                Long.toString(lost), Long.toString(duplicated), window.errors() + (window.hung.get() > 0
                ? "; " + window.hung.get() + " over 10 s" : "") + String.format(Locale.ROOT, "; slowest %.1f s",
                window.slowestMillis.get() / 1000.0), took});
    }

    /** At the end: every write of the run in the ledger once, the audit log intact and sealed to its end. */
    private void everyWriteHeldAndSealed() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Api.Reply verification;
        do {
            verification = auditor.get("api/audit/verification").expect(200);
            if (verification.json().getJsonNumber("unsealed").longValue() == 0) {
                break;
            }
            Load.pause(1_000);
        } while (System.nanoTime() < deadline);
        boolean intact = verification.json().getBoolean("intact");
        long unsealed = verification.json().getJsonNumber("unsealed").longValue();
        boolean whole = nothingHalfWritten();
        boolean sealing = sealingHasNoGapNorDouble();
        long persisted = present("budget_entry", everyAcknowledgedWrite)
                + present("compensation_claim", everyAcknowledgedWrite);
        long lost = everyAcknowledgedWrite.size() - persisted;
        boolean held = intact && unsealed == 0 && whole && sealing && duplicates() == 0 && lost == 0;
        allHeld &= held;
        row(new String[] {"after every fault", "every write acknowledged in the run present once; the audit log"
                + " verifies and seals every entry; no leaf missing or sealed twice; every entry with its audit entry;"
                + " running sums equal their entries", yes(held), Long.toString(everyAcknowledgedWrite.size()),
                Long.toString(persisted), Long.toString(lost), Long.toString(duplicates()), String.format(Locale.ROOT, "log intact: %s, %d entries checked,"
                + " unsealed: %d; whole: %s; leaves without gap or double: %s", intact,
                verification.json().getJsonNumber("entriesChecked").longValue(), unsealed, whole, sealing), ""});
    }

    private long duplicates() throws SQLException {
        return Long.parseLong(scalar("select count(*) from (select case_number from budget_entry where case_number"
                + " like 'F-%' group by case_number having count(*) > 1) twice"));
    }

    private long present(String table, Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection db = db(); PreparedStatement query = db.prepareStatement(
                "select count(*) from " + table + " where id = any (?)")) {
            query.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every ledger entry and claim with its audit entry, and every running sum equal to its entries. */
    private boolean nothingHalfWritten() throws SQLException {
        return "0".equals(scalar("select count(*) from budget_entry e where not exists (select 1 from audit_entry a"
                + " where a.aggregate_id = cast(e.id as varchar))"))
                && "0".equals(scalar("select count(*) from compensation_claim c where not exists (select 1 from"
                + " audit_entry a where a.aggregate_id = cast(c.id as varchar))"))
                && "0".equals(scalar("select count(*) from budget_consumption c where c.amount <> (select"
                + " coalesce(sum(e.amount), 0) from budget_entry e where e.parent_id = c.parent_id and e.kind = c.kind)"));
    }

    /** The log's leaves are numbered without a gap, and no entry is sealed twice. */
    private boolean sealingHasNoGapNorDouble() throws SQLException {
        return "1".equals(scalar("select case when count(*) = coalesce(max(leaf_index) + 1, 0) and count(*) ="
                + " count(distinct entry_id) then 1 else 0 end from audit_leaf"));
    }

    // --- the cluster, the database ----------------------------------------------------------------

    private static void postgres(String action) throws IOException, InterruptedException {
        String version;
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Process process = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
                .inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pg_ctlcluster " + action + " failed");
        }
    }

    private boolean nodesAlive() throws Exception {
        for (int k = 1; k <= nodes; k++) {
            if (!Readiness.ready(nodePort + k - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Seconds from {@code at} until another holder holds the lease the query reads; -1 after 60 s. */
    private double takeover(String query, String before, long at) throws SQLException {
        long deadline = at + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String now = scalar(query);
            if (now != null && !now.equals(before)) {
                return (System.nanoTime() - at) / 1e9;
            }
            Load.pause(250);
        }
        return -1;
    }

    private String scalar(String sql) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Connection db = db(); Statement statement = db.createStatement();
                 ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            } catch (SQLException e) {
                if (attempt == 20) {
                    throw e;
                }
                Load.pause(500); // PostgreSQL may be starting again
            }
        }
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(cluster.jdbc, "postgres", "postgres");
    }

    private String serverVersion() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
                "postgres")) {
            return db.getMetaData().getDatabaseProductVersion();
        }
    }

    // --- the data the load needs ------------------------------------------------------------------

    private void signIn() throws IOException {
        String base = cluster.balancer();
        Api.createUsers(cluster.admin(), PASSWORD);
        finance = Api.basic(base, "finance", PASSWORD).withToken();
        clerk = Api.basic(base, "clerk", PASSWORD).withToken();
        auditor = Api.basic(base, "auditor", PASSWORD).withToken();
    }

    private void setUp() {
        finance.postJson("api/periods", "{\"year\": " + YEAR + "}").expect(201);
        appropriation = UUID.fromString(finance.postJson("api/appropriations", "{\"year\": " + YEAR + ", \"source\": "
                + "\"republican-budget\", \"purpose\": \"investigation-assistance\", \"amount\": \"100000000000.00\", "
                + "\"currency\": \"KZT\"}").expect(201).json().getString("id"));
        proceeding = UUID.fromString(clerk.postJson("api/proceedings", "{\"registrationNumber\": \"FAULTS-1\", "
                + "\"articles\": [\"128-1\"], \"prosecutingBody\": \"Police department 1\", \"stage\": "
                + "\"PRE_TRIAL_INVESTIGATION\", \"registeredOn\": \"" + (YEAR - 1) + "-12-01\"}").expect(201).json()
                .getString("id"));
    }

    private void say(String line) {
        report.append(line).append('\n');
        System.out.println(line);
    }

    /** Adds a row to the table, and shows it at once (a long run is followed as it goes). */
    private void row(String[] row) {
        rows.add(row);
        System.out.println("faults: " + line(row));
    }

    private static String line(String[] row) {
        return "| " + String.join(" | ", row) + " |";
    }

    /** Nothing when the check held, else what did not, for the row. */
    private static String unless(boolean held, String what) {
        return held ? "" : " (" + what + ")";
    }

    private static String yes(boolean held) {
        return held ? "yes" : "**NO**";
    }

    /** Each node's readiness, read every quarter second while a fault lasts: when it went DOWN and came back UP. */
    private static final class Readiness {
        private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        final AtomicBoolean sawDown = new AtomicBoolean();
        final AtomicLong downNanos = new AtomicLong();
        final AtomicLong upAgainNanos = new AtomicLong();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final Thread watcher;

        Readiness(int firstPort, int nodes) {
            watcher = new Thread(() -> {
                while (!stopped.get()) {
                    boolean allUp = true;
                    for (int k = 0; k < nodes; k++) {
                        allUp &= ready(firstPort + k);
                    }
                    if (!allUp && sawDown.compareAndSet(false, true)) {
                        downNanos.set(System.nanoTime());
                    } else if (allUp && sawDown.get() && upAgainNanos.get() == 0) {
                        upAgainNanos.set(System.nanoTime());
                    }
                    Load.pause(250);
                }
            });
            watcher.start();
        }

        /** The node's readiness answer as it is, or what went wrong asking. */
        static String answer(int port) {
            try {
                return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                return e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e.toString();
            }
        }

        static boolean ready(int port) {
            try {
                HttpResponse<String> reply = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/health/ready")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                boolean up = reply.statusCode() == 200 && reply.body().contains("\"database\"");
                if (!up) {
                    System.out.println("faults: node on " + port + " not ready: " + reply.statusCode() + " " + reply.body());
                }
                return up;
            } catch (IOException e) {
                System.out.println("faults: node on " + port + " not ready: " + e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void stop() throws InterruptedException {
            stopped.set(true);
            watcher.join();
        }
    }
}
