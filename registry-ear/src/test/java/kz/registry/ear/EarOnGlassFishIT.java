package kz.registry.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a real full-profile server, as an operator would run it: a fresh GlassFish 8
 * domain started with the registry's settings (REGISTRY_DB_*, REGISTRY_ADMIN_PASSWORD) in its
 * environment, the H2 driver in its lib/ (the EAR brings PostgreSQL's), the EAR deployed; then
 * the registry is called over HTTP. The database is H2 under target/, or the PostgreSQL that
 * REGISTRY_DB_URL, REGISTRY_DB_USER and REGISTRY_DB_PASSWORD name (.ci/run does so).
 */
class EarOnGlassFishIT {

    private static final int PORT_BASE = 28000;
    private static final int ADMIN_PORT = PORT_BASE + 48;
    private static final URI ROOT = URI.create("http://localhost:" + (PORT_BASE + 80) + "/");
    private static final String DOMAIN = "registry";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(4);

    private static final Path GLASSFISH = Path.of(System.getProperty("glassfish.home"));
    private static final Path WORK = Path.of(System.getProperty("work.dir"));
    private static final Path DOMAINS = WORK.resolve("domains");
    private static final Path DATA = WORK.resolve("data");
    private static final Path LOG = WORK.resolve("asadmin.log");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The first administrator's password, as an operator gives it (REGISTRY_ADMIN_PASSWORD); a test value. */
    private static final String ADMIN_PASSWORD = "glassfish-test-admin";
    private static final String FINANCE = "ear-finance";
    private static final String FINANCE_PASSWORD = "glassfish-test-finance";
    private static boolean started;

    @BeforeAll
    static void deployToAFreshDomain() throws Exception {
        Files.createDirectories(WORK);
        deleteRecursively(DOMAINS);
        deleteRecursively(DATA);
        asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE),
                "--domaindir", DOMAINS.toString(), DOMAIN);
        Files.copy(Path.of(System.getProperty("h2.jar")), DOMAINS.resolve(DOMAIN).resolve("lib").resolve("h2.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        asadmin("start-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
        started = true;
        asadmin("--port", String.valueOf(ADMIN_PORT), "deploy", System.getProperty("registry.ear"));
        HttpResponse<String> finance = send("POST", "api/users", basic("admin", ADMIN_PASSWORD),
                "{\"username\": \"" + FINANCE + "\", \"password\": \"" + FINANCE_PASSWORD
                        + "\", \"roles\": [\"finance-officer\"]}");
        // 409: a kept database has the user from an earlier run, with this password
        assertThat(finance.statusCode()).as(finance.body()).isIn(201, 409);
    }

    @AfterAll
    static void stopTheDomain() throws Exception {
        if (started) {
            asadmin("stop-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
        }
    }

    @Test
    void isReadyWithItsSchemaMigrated() throws Exception {
        HttpResponse<String> ready = get("health/ready");

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(json(ready.body()).getString("status")).isEqualTo("UP");
        assertThat(ready.body()).contains("\"schemaVersion\"").doesNotContain("\"none\"");
    }

    @Test
    void aFinanceOfficerTheAdministratorMadeRegistersAndReadsAShelter() throws Exception {
        String name = "EAR shelter " + UUID.randomUUID();
        String finance = basic(FINANCE, FINANCE_PASSWORD);
        HttpResponse<String> created = send("POST", "api/shelters", finance,
                "{\"name\": \"" + name + "\", \"city\": \"Aktau\", \"operator\": \"NGO\", \"openedYear\": 2019}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created.body()).getString("id");
        HttpResponse<String> read = send("GET", "api/shelters/" + id, finance, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read.body()).getString("name")).isEqualTo(name);
    }

    @Test
    void asksForCredentialsAndRefusesTheWrongRole() throws Exception {
        assertThat(get("api/shelters").statusCode()).isEqualTo(401);
        HttpResponse<String> adminWrites = send("POST", "api/shelters", basic("admin", ADMIN_PASSWORD),
                "{\"name\": \"x\", \"city\": \"y\", \"operator\": \"z\"}");
        assertThat(adminWrites.statusCode()).as(adminWrites.body()).isEqualTo(403);
    }

    @Test
    void answersErrorsAsProblemDetails() throws Exception {
        HttpResponse<String> unknown = send("GET", "api/shelters/" + UUID.randomUUID(),
                basic(FINANCE, FINANCE_PASSWORD), null);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(unknown.body()).getString("type")).isEqualTo("urn:kz-registry:problem:not-found");
    }

    /** Open data is the operator's decision: a deployment that does not switch it on publishes nothing. */
    @Test
    void publishesNoOpenDataUnlessSwitchedOn() throws Exception {
        for (String path : java.util.List.of("api/open-data", "api/open-data/open-data.zip",
                "api/open-data/compensation/compensation-by-year.csv")) {
            HttpResponse<String> closed = get(path);
            assertThat(closed.statusCode()).as(path).isEqualTo(404);
            assertThat(json(closed.body()).getString("detail")).contains("not switched it on");
        }
    }

    private static void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(GLASSFISH.resolve("bin").resolve("asadmin").toString());
        command.addAll(List.of(arguments));
        Files.writeString(LOG, "\n$ " + String.join(" ", command) + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        // GlassFish runs on the Java this test runs on (the toolchain's, 21 or newer)
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        // the server started by start-domain inherits these, as an operator's environment: the
        // database (H2 under this test's folder), and the first administrator, as outside demo mode
        String database = System.getenv("REGISTRY_DB_URL");
        if (database == null) {
            builder.environment().put("REGISTRY_DB_CLASS", "org.h2.jdbcx.JdbcDataSource");
            builder.environment().put("REGISTRY_DB_URL", "jdbc:h2:file:" + DATA.resolve("registry"));
            builder.environment().put("REGISTRY_DB_USER", "registry");
            builder.environment().put("REGISTRY_DB_PASSWORD", "registry-test-password");
        } else if (database.startsWith("jdbc:postgresql:") && System.getenv("REGISTRY_DB_CLASS") == null) {
            // REGISTRY_DB_URL, _USER and _PASSWORD of the test's own environment name the database (.ci/run)
            builder.environment().put("REGISTRY_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
        }
        builder.environment().put("REGISTRY_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // outside demo mode the bearer tokens' key pair is required: the test-only keys of the WAR's tests
        Path keys = Path.of("..", "registry-web", "src", "test", "resources", "jwt").toAbsolutePath().normalize();
        builder.environment().put("REGISTRY_JWT_PRIVATE_KEY_FILE", keys.resolve("test-private.pem").toString());
        builder.environment().put("REGISTRY_JWT_PUBLIC_KEY_FILE", keys.resolve("test-public.pem").toString());
        // outside demo mode passwords travel over TLS only, but this test's client is on the server's own machine
        builder.environment().put("REGISTRY_HTTP_PLAIN_PASSWORDS_FROM", "127.0.0.1,0:0:0:0:0:0:0:1");
        Process process = builder.start();
        if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + arguments[0] + " timed out; see " + LOG);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed with "
                    + process.exitValue() + ":\n" + tail(LOG));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static HttpResponse<String> send(String method, String path, String authorization, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(ROOT.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(ROOT.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
