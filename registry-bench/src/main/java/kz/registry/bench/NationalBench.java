package kz.registry.bench;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The national-scale benchmark (see bench/national.sh). Settings as key=value arguments:
 * entries (ledger entries at the end, default 1,000,000), claims (100,000), clients (16),
 * requests (per measured kind of work, 2,000), stages (entry counts at which the reports are
 * measured, default 10000,100000,1000000), db (PostgreSQL server URL), user, password, port,
 * serverHeap (the registry's -Xmx, such as 384m; default the JVM's own), out (the results file).
 */
public final class NationalBench {

    private static final int FIRST_YEAR = 2016;
    private static final int YEARS = 10;
    private static final String PASSWORD = "bench-password-1";
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "RUB", "CNY", "GBP", "JPY", "CHF", "UZS",
            "KGS", "TJS", "GEL", "KRW", "TRY", "AED", "AZN", "AMD", "BYN", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN",
            "CZK", "HUF", "INR", "IRR", "MYR", "SGD", "THB", "UAH", "MDL", "MNT", "SAR", "KWD", "HKD", "NZD", "BRL",
            "ZAR", "MXN");
    private static final List<String> CITIZENSHIPS = List.of("KZ", "KZ", "KZ", "KZ", "KZ", "KZ", "UZ", "KG", "TJ", "GE");

    private final Map<String, String> settings;
    private final StringBuilder report = new StringBuilder();
    private final String jdbc;
    private Api finance;
    private Api clerk;
    private Api auditor;
    private final List<UUID> appropriations = new ArrayList<>();
    private final List<String> shelters = new ArrayList<>();
    private final List<UUID> proceedings = new ArrayList<>();
    private long allocationsLoaded;
    private long claimsLoaded;

    private NationalBench(Map<String, String> settings) {
        this.settings = settings;
        this.jdbc = setting("db", "jdbc:postgresql://127.0.0.1:5432/") + "registry_bench";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>();
        for (String arg : String.join(" ", args).split("\\s+")) {
            if (arg.contains("=")) {
                settings.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        new NationalBench(settings).run();
    }

    private String setting(String name, String fallback) {
        return settings.getOrDefault(name, fallback);
    }

    private int number(String name, int fallback) {
        return Integer.parseInt(setting(name, Integer.toString(fallback)));
    }

    private void run() throws Exception {
        int entries = number("entries", 1_000_000);
        int claims = number("claims", 100_000);
        int clients = number("clients", 16);
        int requests = number("requests", 2_000);
        List<Integer> stages = List.of(setting("stages", "10000,100000,1000000").split(",")).stream()
                .map(Integer::parseInt).filter(stage -> stage <= entries).collect(Collectors.toCollection(ArrayList::new));
        if (stages.isEmpty() || stages.getLast() != entries) {
            stages.add(entries);
        }
        say("# National-scale benchmark, " + LocalDateTime.now().withNano(0) + "\n");
        say("Scale: " + entries + " ledger entries (allocations and payments over " + YEARS + " fiscal years), " + claims
                + " claims, daily rates of " + CURRENCIES.size() + " currencies over " + YEARS + " years; " + clients
                + " concurrent clients, " + requests + " operations per measured kind of work; PostgreSQL "
                + serverVersion() + ", " + Runtime.getRuntime().availableProcessors() + " processors; the registry's heap "
                + (setting("serverHeap", "").isEmpty() ? "the run configuration's (config/server.jvm)" : "-Xmx" + setting("serverHeap", "")) + ".\n");

        recreateDatabase();
        Path root = Path.of("").toAbsolutePath();
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "REGISTRY_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "REGISTRY_DB_URL", jdbc,
                "REGISTRY_DB_USER", setting("user", "postgres"),
                "REGISTRY_DB_PASSWORD", setting("password", "postgres"),
                "REGISTRY_DEMO", "false",
                "REGISTRY_ADMIN_PASSWORD", PASSWORD,
                // outside demo mode passwords travel over TLS only; the benchmark talks to loopback
                "REGISTRY_HTTP_PLAIN_PASSWORDS_FROM", "127.0.0.1,0:0:0:0:0:0:0:1",
                // the benchmark's clients all share one address: no throttle of failed sign-ins for it
                "REGISTRY_SECURITY_SIGN_IN_FAILURES_PER_ADDRESS", "1000000000",
                "REGISTRY_PROTECTION_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)),
                // as the run configuration: two malloc arenas, not one per thread that allocates
                "MALLOC_ARENA_MAX", "2"));
        environment.putAll(TokenKeys.madeIn(root.resolve("registry-bench/target/keys")));
        List<String> aotCache = trainAotCache(root, environment);
        Path microRoot = root.resolve("registry-bench/target/registry-root");
        try (Registry registry = Registry.start(root, number("port", 18280), environment, setting("serverHeap", ""),
                aotCache, aotCache.isEmpty() ? List.of() : List.of("--rootDir", microRoot.toString()));
             Baseline baseline = new Baseline(jdbc, setting("user", "postgres"), setting("password", "postgres"), clients)) {
            say(String.format(Locale.ROOT, "Start-up to ready: **%.1f s** (target under 15 s)%s; resident memory %d MiB.%n",
                    registry.startSeconds, aotCache.isEmpty() ? ", without an AOT cache"
                            : " with the AOT cache and root directory of one earlier start", registry.residentMiB()));
            signIn(registry.base);
            setUp();
            loadRates();
            List<String> growth = new ArrayList<>();
            for (int stage : stages) {
                loadLedger((stage - appropriations.size()) / 2 - allocationsLoaded);
                loadClaims((int) ((long) claims * stage / entries), clients);
                analyse();
                growth.add(measureReports(stage, clients, requests, baseline, registry));
            }
            say("\n## How the reports grow\n");
            say("| ledger entries | claims | spending p95 ms | compensation p95 ms | fund p95 ms | summary p95 ms"
                    + " | (database alone, p95 ms) |");
            say("| --- | --- | --- | --- | --- | --- | --- |");
            growth.forEach(this::say);
            baseline.prepare();
            measureWrites(clients, requests, baseline);
            measureExport(registry, baseline);
            measureSignIn(registry.base, clients, requests, baseline);
            say(String.format(Locale.ROOT, "%nServer resident memory after the run: **%d MiB**.%n", registry.residentMiB()));
        }
        System.out.println("\nWritten to " + setting("out", "bench/RESULTS.md"));
    }

    /** A line of the results, printed and written to the results file at once (a long run may be cut short). */
    private void say(String line) {
        System.out.println(line);
        report.append(line).append('\n');
        try {
            Path out = Path.of(setting("out", "bench/RESULTS.md"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // --- the database and the users ---------------------------------------------------------------

    private String serverVersion() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("show server_version")) {
            r.next();
            return r.getString(1);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(setting("db", "jdbc:postgresql://127.0.0.1:5432/") + "postgres",
                setting("user", "postgres"), setting("password", "postgres"));
    }

    private void recreateDatabase() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("drop database if exists registry_bench with (force)");
            s.execute("create database registry_bench");
        }
    }

    private void signIn(String base) {
        Api.createUsers(Api.basic(base, "admin", PASSWORD), PASSWORD);
        finance = Api.basic(base, "finance", PASSWORD).withToken();
        clerk = Api.basic(base, "clerk", PASSWORD).withToken();
        auditor = Api.basic(base, "auditor", PASSWORD).withToken();
    }

    // --- the data set, through the registry's own paths ---------------------------------------------

    private void setUp() {
        for (String city : List.of("Astana", "Shymkent", "Kostanay", "Almaty", "Almaty", "Temirtau", "Petropavlovsk",
                "Uralsk", "Aktobe", "Kyzylorda", "Taldykorgan")) {
            String name = "Shelter " + (shelters.size() + 1) + " " + city;
            finance.postJson("api/shelters", "{\"name\": \"" + name + "\", \"city\": \"" + city
                    + "\", \"operator\": \"NGO\"}").expect(201);
            shelters.add(name);
        }
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            finance.postJson("api/periods", "{\"year\": " + year + "}").expect(201);
            for (String purpose : List.of("shelter-assistance", "investigation-assistance")) {
                appropriations.add(UUID.fromString(finance.postJson("api/appropriations", "{\"year\": " + year
                        + ", \"source\": \"republican-budget\", \"purpose\": \"" + purpose + "\", \"amount\": "
                        + "\"100000000000000.00\", \"currency\": \"KZT\", \"valueDate\": \"" + year + "-01-04\"}")
                        .expect(201).json().getString("id")));
            }
        }
        finance.postJson("api/rates/fixed", "{\"name\": \"BENCH\", \"currency\": \"USD\", \"kztPerUnit\": \"450.00\","
                + " \"description\": \"a round rate for the benchmark\"}").expect(201);
    }

    private void loadRates() {
        long began = System.nanoTime();
        int lines = 0;
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            int days = LocalDate.of(year, 12, 31).getDayOfYear();
            int first = year;
            String csv = csv(List.of("date", "currency", "rate", "quant"), file -> {
                for (LocalDate day = LocalDate.of(first, 1, 1); day.getYear() == first; day = day.plusDays(1)) {
                    for (int c = 0; c < CURRENCIES.size(); c++) {
                        file.writeRecord(day.toString(), CURRENCIES.get(c),
                                String.format(Locale.ROOT, "%.2f", 100 + c * 7 + day.getDayOfYear() / 10.0), "1");
                    }
                }
            });
            lines += days * CURRENCIES.size();
            finance.post("api/rates/imports", "text/csv", csv).expect(200);
        }
        say(String.format(Locale.ROOT, "%nLoad: %,d daily rates imported in %.1f s.", lines, seconds(began)));
    }

    /** Allocations in files of 10,000 lines, each followed by a file paying every one of them. */
    private void loadLedger(long allocations) throws SQLException {
        if (allocations <= 0) {
            return;
        }
        long began = System.nanoTime();
        for (long done = 0; done < allocations; ) {
            int lines = (int) Math.min(10_000, allocations - done);
            int year = FIRST_YEAR + (int) ((allocationsLoaded / 10_000) % YEARS);
            UUID forShelters = appropriations.get((year - FIRST_YEAR) * 2);
            UUID forInvestigations = appropriations.get((year - FIRST_YEAR) * 2 + 1);
            long from = allocationsLoaded;
            String csv = csv(List.of("appropriation", "shelter", "case_number", "recipient", "amount", "currency",
                    "value_date", "description"), file -> {
                for (long n = from; n < from + lines; n++) {
                    String valueDate = year + "-0" + (1 + n % 9) + "-15";
                    if (n % 2 == 0) {
                        file.writeRecord(forShelters.toString(), shelters.get((int) (n % shelters.size())), "", "",
                                "1000.00", "KZT", valueDate, "bench");
                    } else {
                        file.writeRecord(forInvestigations.toString(), "", "BENCH-" + year + "-" + (n % 5000), "",
                                "1000.00", "KZT", valueDate, "bench");
                    }
                }
            });
            JsonObject batch = finance.post("api/allocations/imports", "text/csv", csv).expect(201).json();
            List<UUID> allocated = idsOfBatch(UUID.fromString(batch.getString("id")));
            String payments = csv(List.of("allocation", "amount", "currency", "value_date", "description"), file ->
                    allocated.forEach(id -> file.writeRecord(id.toString(), "1000.00", "KZT", year + "-11-20", "bench")));
            finance.post("api/payments/imports", "text/csv", payments).expect(201);
            allocationsLoaded += lines;
            done += lines;
        }
        say(String.format(Locale.ROOT, "Load: %,d allocations and as many payments posted in files of 10,000 lines in "
                + "%.1f s (%,.0f entries/s); the ledger holds %,d entries.", allocations, seconds(began),
                2 * allocations / seconds(began), 2 * allocationsLoaded + appropriations.size()));
    }

    /**
     * Fresh planner statistics before measuring, as autovacuum keeps them on a server where it
     * runs (it is off on the machines this was written on, and a bulk load outpaces it anyway):
     * with the statistics of an empty table PostgreSQL scans the whole ledger where an index serves.
     */
    private void analyse() throws SQLException {
        long began = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, setting("user", "postgres"), setting("password", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        say(String.format(Locale.ROOT, "ANALYZE after the load: %.1f s.", seconds(began)));
    }

    /** The bulk path answers a batch's id; the ids of its entries are read straight from the database. */
    private List<UUID> idsOfBatch(UUID batch) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, setting("user", "postgres"), setting("password", "postgres"));
             PreparedStatement select = c.prepareStatement("select id from budget_entry where batch_id = ? order by id")) {
            select.setObject(1, batch);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    /** Victims recognised in proceedings of a hundred victims each, and their claims, by concurrent clients. */
    private void loadClaims(int target, int clients) {
        int wanted = target - (int) claimsLoaded;
        if (wanted <= 0) {
            return;
        }
        long began = System.nanoTime();
        int first = (int) claimsLoaded;
        while (proceedings.size() * 100 < target) {
            int n = proceedings.size();
            proceedings.add(UUID.fromString(clerk.postJson("api/proceedings", "{\"registrationNumber\": \"BENCH-" + n
                    + "\", \"articles\": [\"128-1\"], \"prosecutingBody\": \"Police department " + (n % 17)
                    + "\", \"stage\": \"PRE_TRIAL_INVESTIGATION\", \"registeredOn\": \"2020-01-10\"}").expect(201)
                    .json().getString("id")));
        }
        Figures loaded = Figures.measure("claims loaded", wanted, clients, i -> {
            int n = first + i;
            UUID proceeding = proceedings.get(n / 100);
            LocalDate filed = LocalDate.of(2020, 7, 1).plusDays(n % 2000);
            UUID victim = victim(n);
            return recognise(victim, proceeding, filed.minusDays(30))
                    && clerk.postJson("api/claims", "{\"victimId\": \"" + victim + "\", \"proceedingId\": \"" + proceeding
                    + "\", \"category\": \"trafficking-in-persons\", \"filedOn\": \"" + filed + "\"}").status() == 201;
        });
        claimsLoaded = target;
        say(String.format(Locale.ROOT, "Load: %,d claims (each a victim, a recognition and a claim: three requests) by "
                + "%d clients in %.1f s (%,.0f claims/s, %d errors).", wanted, clients, seconds(began),
                wanted / seconds(began), loaded.errors()));
    }

    private UUID victim(int n) {
        String citizenship = CITIZENSHIPS.get(n % CITIZENSHIPS.size());
        return UUID.fromString(clerk.postJson("api/victims", "{\"citizenship\": \"" + citizenship + "\", \"sex\": \""
                + (n % 3 == 0 ? "MALE" : "FEMALE") + "\", \"minor\": " + (n % 7 == 0) + ", \"exploitation\": \""
                + (n % 2 == 0 ? "FORCED_LABOUR" : "SEX_TRAFFICKING") + "\", \"identity\": {\"fullName\": \"Bench person "
                + n + "\"}}").expect(201).json().getString("id"));
    }

    private boolean recognise(UUID victim, UUID proceeding, LocalDate on) {
        return clerk.postJson("api/victims/" + victim + "/recognitions", "{\"proceedingId\": \"" + proceeding
                + "\", \"recognisedOn\": \"" + on + "\"}").status() == 201;
    }

    // --- measurements -------------------------------------------------------------------------

    private String measureReports(int stage, int clients, int requests, Baseline baseline, Registry registry) {
        int year = FIRST_YEAR + YEARS - 1;
        int summarised = FIRST_YEAR; // the stages fill the years in order: only the first has allocations at every stage
        LocalDate from = LocalDate.of(FIRST_YEAR, 1, 1);
        LocalDate to = LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31);
        // a short warm-up of both sides first: the figures are of a running server, not of its JIT compiler
        Figures.measure("warm-up", requests / 10, clients, i -> auditor.get("api/reports/spending?year=" + year
                + "&groupBy=purpose&basis=fixed&fixedRate=BENCH").status() == 200
                && auditor.get("api/reports/compensation?groupBy=year").status() == 200
                && auditor.get("api/reports/fund?from=" + from + "&to=" + to).status() == 200
                && auditor.get("api/reports/years/" + summarised + "/summary?basis=fixed&fixedRate=BENCH").status() == 200
                && baseline.spending(year) && baseline.compensation(LocalDate.now()) && baseline.fund(from, to));
        List<Figures[]> pairs = List.of(
                new Figures[] {
                        Figures.measure("yearly spending report", requests, clients, i -> auditor.get(
                                "api/reports/spending?year=" + year + "&groupBy=purpose&basis=fixed&fixedRate=BENCH").status() == 200),
                        Figures.measure("the same aggregate in SQL", requests, clients, i -> baseline.spending(year))},
                new Figures[] {
                        Figures.measure("compensation report", requests, clients, i -> auditor.get(
                                "api/reports/compensation?groupBy=year").status() == 200),
                        Figures.measure("the same aggregate in SQL", requests, clients, i -> baseline.compensation(LocalDate.now()))},
                new Figures[] {
                        Figures.measure("fund statement", requests, clients, i -> auditor.get(
                                "api/reports/fund?from=" + from + "&to=" + to).status() == 200),
                        Figures.measure("the same queries in SQL", requests, clients, i -> baseline.fund(from, to))},
                new Figures[] {
                        Figures.measure("year summary", requests, clients, i -> auditor.get(
                                "api/reports/years/" + summarised + "/summary?basis=fixed&fixedRate=BENCH").status() == 200),
                        Figures.measure("the same aggregate in SQL", requests, clients, i -> baseline.summary(summarised))});
        say(String.format(Locale.ROOT, "%n## Reports at %,d ledger entries and %,d claims%n", 2 * allocationsLoaded
                + appropriations.size(), claimsLoaded));
        say(Figures.header("registry / database (p95)"));
        for (Figures[] pair : pairs) {
            say(pair[0].row() + String.format(Locale.ROOT, " %.1f |", ratio(pair[0].p95Micros(), pair[1].p95Micros())));
            say(pair[1].row() + " |");
        }
        say(String.format(Locale.ROOT, "Server resident memory: %d MiB.", registry.residentMiB()));
        return String.format(Locale.ROOT, "| %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f / %.1f / %.1f |", stage,
                claimsLoaded, pairs.get(0)[0].p95Micros() / 1000.0, pairs.get(1)[0].p95Micros() / 1000.0,
                pairs.get(2)[0].p95Micros() / 1000.0, pairs.get(3)[0].p95Micros() / 1000.0,
                pairs.get(0)[1].p95Micros() / 1000.0, pairs.get(1)[1].p95Micros() / 1000.0,
                pairs.get(2)[1].p95Micros() / 1000.0, pairs.get(3)[1].p95Micros() / 1000.0);
    }

    private void measureWrites(int clients, int requests, Baseline baseline) {
        // victims recognised beforehand, so that what is measured is the claim itself
        UUID proceeding = proceedings.getFirst();
        LocalDate filed = LocalDate.of(2025, 3, 1);
        List<UUID> victims = new ArrayList<>();
        Figures.measure("victims for the claims", requests, clients, i -> {
            UUID victim = victim(1_000_000 + i);
            synchronized (victims) {
                victims.add(victim);
            }
            return recognise(victim, proceeding, filed.minusDays(30));
        });
        List<UUID> forBaseline = new ArrayList<>(victims.subList(0, victims.size()));
        SealingLag lag = new SealingLag(auditor);
        AtomicLong written = new AtomicLong();
        Figures allocation = Figures.measure("recording an allocation", requests, clients, i -> finance.postJson(
                "api/allocations", "{\"appropriationId\": \"" + appropriations.get(i % appropriations.size())
                        + "\", \"caseNumber\": \"BENCH-W-" + i + "\", \"amount\": \"1.00\", \"currency\": \"KZT\","
                        + " \"valueDate\": \"" + (FIRST_YEAR + (i % appropriations.size()) / 2) + "-06-01\"}").status() == 201);
        Figures allocationSql = Figures.measure("the same transaction in SQL", requests, clients, i -> baseline.allocation(
                appropriations.get(i % appropriations.size()), FIRST_YEAR + (i % appropriations.size()) / 2, "BENCH-J-" + i));
        Figures claim = Figures.measure("registering a claim", requests, clients, i -> clerk.postJson("api/claims",
                "{\"victimId\": \"" + victims.get(i) + "\", \"proceedingId\": \"" + proceeding + "\", \"category\": "
                        + "\"trafficking-in-persons\", \"filedOn\": \"" + filed + "\"}").status() == 201
                && written.incrementAndGet() > 0);
        lag.stop();
        Figures claimSql = Figures.measure("the same transaction in SQL", requests, clients,
                i -> baseline.claim(forBaseline.get(i), proceeding, filed));
        say("\n## Writes\n");
        say(Figures.header("registry / database (per second)", "registry / database (p99)"));
        for (Figures[] pair : List.of(new Figures[] {allocation, allocationSql}, new Figures[] {claim, claimSql})) {
            say(pair[0].row() + String.format(Locale.ROOT, " %.2f | %.1f |", pair[0].perSecond() / pair[1].perSecond(),
                    ratio(pair[0].p99Micros(), pair[1].p99Micros())));
            say(pair[1].row() + " | |");
        }
        say(lag.summary());
    }

    /**
     * What signing in costs. A bearer request reads its account's standing on every request: the
     * same cheap answer (/api/info) anonymous, with a token and with Basic shows what the check
     * adds, beside the same read over JDBC. And every refusal costs the same, whatever its reason.
     */
    private void measureSignIn(String base, int clients, int requests, Baseline baseline) {
        Api anonymous = Api.sending(base, null);
        Api bearer = Api.sending(base, auditor.authorization());
        Api basic = Api.basic(base, "auditor", PASSWORD);
        UUID auditorId = baseline.userId("auditor");
        Figures none = Figures.measure("GET /api/info, anonymous", requests, clients, i -> anonymous.get("api/info").status() == 200);
        Figures token = Figures.measure("the same with a bearer token (its account's standing read)", requests, clients,
                i -> bearer.get("api/info").status() == 200);
        Figures sql = Figures.measure("the standing's read alone, over JDBC", requests, clients,
                i -> baseline.standing(auditorId, "no-such-token-" + i));
        Figures password = Figures.measure("the same with HTTP Basic (a PBKDF2 hash)", Math.min(requests, 200), clients,
                i -> basic.get("api/info").status() == 200);
        say("\n## Signing in\n");
        say(Figures.header());
        for (Figures figures : List.of(none, token, sql, password)) {
            say(figures.row());
        }
        say(String.format(Locale.ROOT, "%nA bearer request costs %.1f ms more than an anonymous one at p50 (the token's"
                + " signature and one round trip of primary-key reads); the read alone over JDBC takes %.1f ms.",
                (token.p50Micros() - none.p50Micros()) / 1000.0, sql.p50Micros() / 1000.0));

        // refusals, one client, so each is its own cost: an unknown name, a wrong password, a disabled and a locked account
        Api admin = Api.basic(base, "admin", PASSWORD).withToken();
        int tries = 40;
        for (int i = 0; i < tries; i++) {
            admin.postJson("api/users", "{\"username\": \"wrong-" + i + "\", \"password\": \"" + PASSWORD
                    + "\", \"roles\": [\"auditor\"]}").expect(201);
        }
        for (String name : List.of("disabled", "locked")) {
            admin.postJson("api/users", "{\"username\": \"" + name + "\", \"password\": \"" + PASSWORD
                    + "\", \"roles\": [\"auditor\"]}").expect(201);
        }
        String disabled = admin.get("api/users?limit=500").json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(u -> u.getString("username").equals("disabled")).findFirst().orElseThrow().getString("id");
        String version = admin.get("api/users/" + disabled).json().get("version").toString();
        admin.put("api/users/" + disabled, "{\"roles\": [\"auditor\"], \"enabled\": false}", "\"" + version + "\"")
                .expect(200);
        for (int i = 0; i < 5; i++) {
            Api.basic(base, "locked", "not-the-password").get("api/info");
        }
        Figures unknown = Figures.measure("refused: an unknown name", tries, 1,
                i -> Api.basic(base, "nobody-" + i, PASSWORD).get("api/info").status() == 401);
        Figures wrong = Figures.measure("refused: a wrong password", tries, 1,
                i -> Api.basic(base, "wrong-" + i, "not-the-password").get("api/info").status() == 401);
        Figures off = Figures.measure("refused: a disabled account", tries, 1,
                i -> Api.basic(base, "disabled", PASSWORD).get("api/info").status() == 401);
        Figures locked = Figures.measure("refused: a locked account", tries, 1,
                i -> Api.basic(base, "locked", PASSWORD).get("api/info").status() == 401);
        say("\n" + Figures.header("p50 / unknown name's p50"));
        for (Figures figures : List.of(unknown, wrong, off, locked)) {
            say(figures.row() + String.format(Locale.ROOT, " %.2f |", (double) figures.p50Micros() / unknown.p50Micros()));
        }
    }

    private void measureExport(Registry registry, Baseline baseline) throws Exception {
        long[] peak = {registry.residentMiB()};
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], registry.residentMiB());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long began = System.nanoTime();
        long bytes = auditor.download("api/reports/spending/entries?format=csv");
        double took = seconds(began);
        watcher.interrupt();
        long[] counted = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                counted[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                counted[0] += len;
            }
        };
        began = System.nanoTime();
        long rows = baseline.export(sink);
        double sqlTook = seconds(began);
        say("\n## Export\n");
        say(String.format(Locale.ROOT, "The ledger as CSV: %,d rows, %,d bytes in **%.1f s** through the registry "
                + "(target under 10 s), %.1f s straight from the database (%,d bytes): ratio %.1f. Server resident "
                + "memory at most **%d MiB** while exporting (target under 512 MiB).", rows, bytes, took, sqlTook,
                counted[0], took / sqlTook, peak[0]));
    }

    private static double ratio(long registry, long database) {
        return database == 0 ? Double.NaN : (double) registry / database;
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }

    /**
     * With aot=true on a JDK with AOT caches (25 and later), starts the registry once to train its cache (the
     * classes it loads and links, written when it stops) in a root directory that later starts
     * reuse, and once as a plain cold start to compare; answers the JVM options that use the
     * cache, or none.
     */
    private List<String> trainAotCache(Path root, Map<String, String> environment) throws Exception {
        if (!Boolean.parseBoolean(setting("aot", "false")) || Runtime.version().feature() < 25) {
            return List.of();
        }
        Path cache = root.resolve("registry-bench/target/registry.aot");
        Path microRoot = root.resolve("registry-bench/target/registry-root");
        Files.deleteIfExists(cache);
        int port = number("port", 18280);
        Registry training = Registry.start(root, port, environment, setting("serverHeap", ""),
                List.of("-XX:AOTCacheOutput=" + cache), List.of("--rootDir", microRoot.toString()));
        double trainingSeconds = training.startSeconds;
        training.stop(Duration.ofSeconds(120));
        double cold;
        try (Registry plain = Registry.start(root, port, environment, setting("serverHeap", ""), List.of(), List.of())) {
            cold = plain.startSeconds;
        }
        if (!Files.exists(cache)) {
            say("No AOT cache was written by the training start; the registry starts without one.\n");
            return List.of();
        }
        say(String.format(Locale.ROOT, "Start-up without a cache: %.1f s (the training start, which migrated the new"
                + " database and recorded the cache: %.1f s; the cache: %d MiB).%n", cold, trainingSeconds,
                Files.size(cache) / (1024 * 1024)));
        return List.of("-XX:AOTCache=" + cache);
    }

    /** A CSV file's text: the header, then the rows the writer is given. */
    private static String csv(List<String> header, Consumer<CsvWriter> rows) {
        StringWriter text = new StringWriter();
        CsvWriter file = CsvWriter.builder().build(text);
        file.writeRecord(header);
        rows.accept(file);
        return text.toString();
    }
}
