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
 * domain, the JDBC driver in its lib/, the data source made by the commands in
 * config/glassfish-datasource.asadmin, the EAR deployed; then the registry is called over HTTP.
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
        asadmin("--port", String.valueOf(ADMIN_PORT), "multimode", "--file", dataSourceCommands().toString());
        asadmin("--port", String.valueOf(ADMIN_PORT), "deploy", System.getProperty("registry.ear"));
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
    void registersAndReadsAShelter() throws Exception {
        String name = "EAR shelter " + UUID.randomUUID();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(ROOT.resolve("api/shelters"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"" + name + "\", \"city\": \"Aktau\", \"operator\": \"NGO\", \"openedYear\": 2019}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created.body()).getString("id");
        HttpResponse<String> read = get("api/shelters/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read.body()).getString("name")).isEqualTo(name);
        assertThat(json(get("api/shelters?city=Aktau").body()).getInt("total")).isPositive();
    }

    @Test
    void answersErrorsAsProblemDetails() throws Exception {
        HttpResponse<String> unknown = get("api/shelters/" + UUID.randomUUID());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(unknown.body()).getString("type")).isEqualTo("urn:kz-registry:problem:not-found");
    }

    /** The operator's file from config/, filled in for an H2 database under this test's folder. */
    private static Path dataSourceCommands() throws IOException {
        String commands = Files.readString(Path.of(System.getProperty("datasource.commands")))
                .replace("${REGISTRY_DB_CLASS}", "org.h2.jdbcx.JdbcDataSource")
                .replace("${REGISTRY_DB_URL}", asadminEscaped(
                        "jdbc:h2:file:" + DATA.resolve("registry")));
        Path filled = WORK.resolve("datasource.asadmin");
        Files.writeString(filled, commands);
        return filled;
    }

    /**
     * asadmin reads ':' and '=' in a property's value as separators unless escaped, and a
     * multimode file costs one more level of backslashes.
     */
    private static String asadminEscaped(String value) {
        return value.replace(":", "\\\\:").replace("=", "\\\\=");
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
