package kz.registry.security.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import kz.registry.testing.Database;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Requests an attacker sends: numbers without end, bodies, lines and headers without bounds,
 * addresses the servlet container would answer itself, loose entity tags, connections left
 * hanging. Each is answered by the registry, quickly, as problem details, and changes nothing.
 */
class HostileRequestsIT extends DeployedRegistry {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** No refusal repeats much of what it was sent. */
    private static final int SMALL_ANSWER = 4_000;
    /** The tests' server closes connections idle this long (it.idle.timeout.seconds). */
    private static final int IDLE_SECONDS = Integer.getInteger("it.idle.timeout.seconds", 30);
    /** The tests' server cuts a statement off after this long (it.statement.timeout.seconds). */
    private static final int STATEMENT_TIMEOUT_SECONDS = Integer.getInteger("it.statement.timeout.seconds", 60);

    @Test
    void numbersWithoutBoundsAreRefusedAtOnceWithoutBeingRepeated() {
        Http auditor = as("auditor");
        for (String amount : List.of("1e1000000", "1e-1000000", "9".repeat(5_000), "0." + "0".repeat(5_000) + "1")) {
            Http.Reply reply = auditor.get("api/conversions?amount=" + amount + "&from=KZT&to=USD&date=2014-01-03");
            assertProblem(reply, 400, "invalid-input");
            assertThat(reply.body()).doesNotContain(amount.length() > 20 ? amount.substring(0, 20) : amount);
        }

        Http finance = as("finance");
        String digits = "9".repeat(400_000);
        Http.Reply asString = finance.post("api/appropriations", JSON, """
                {"year": 2016, "source": "republican-budget", "purpose": "hotline", "amount": "%s", "currency": "KZT"}"""
                .formatted(digits));
        assertProblem(asString, 400, "invalid-input");
        assertThat(asString.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("amount");

        Http.Reply asNumber = finance.post("api/appropriations", JSON, """
                {"year": %s, "source": "republican-budget", "purpose": "hotline", "amount": "1.00", "currency": "KZT"}"""
                .formatted(digits));
        assertProblem(asNumber, 400, "invalid-input");
        assertThat(asNumber.body()).contains("longer than 40 characters");
    }

    @Test
    void aRateFileWithALineWithoutBoundIsRefusedNamingTheLine() {
        Http finance = as("finance");

        Http.Reply longLine = finance.post("api/rates/imports", "text/csv",
                "date,currency,rate,quant\n2017-12-29,USD," + "9".repeat(2_000_000) + ",1\n");
        assertProblem(longLine, 400, "invalid-input");
        assertThat(longLine.body()).contains("line 2", "longer than 4096 characters");

        Http.Reply exponent = finance.post("api/rates/imports", "text/csv", "date,currency,rate,quant\n2017-12-29,USD,3.3e2,1\n");
        assertProblem(exponent, 400, "invalid-input");
        assertThat(exponent.body()).contains("line 2", "not a plain decimal number");

        Http.Reply longText = finance.post("api/rates/imports", "application/xml", "<rates><date>29.12.2017</date><item>"
                + "<title>USD</title><description>" + "9".repeat(2_000_000) + "</description><quant>1</quant></item></rates>");
        assertProblem(longText, 400, "invalid-input");
    }

    @Test
    void bodiesBeyondTheirBoundAreRefusedWith413SentWholeOrInChunks() {
        String large = "{\"name\": \"" + "x".repeat(2 << 20) + "\", \"city\": \"Aktau\", \"operator\": \"NGO\"}";
        Http finance = as("finance");

        assertProblem(finance.post("api/shelters", JSON, large), 413, "payload-too-large");
        Http.Reply chunked = finance.send("POST", "api/shelters", JSON, HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))));
        assertProblem(chunked, 413, "payload-too-large");
        assertThat(finance.get("api/shelters?city=Aktau&limit=500").body()).doesNotContain("xxxxxxxxxx");
    }

    @Test
    void oversizedAddressesAndHeadersAndADeleteWithABodyGetTheRegistrysAnswer() {
        assertProblem(as("auditor").get("api/shelters?city=" + "a".repeat(100_000)), 414, "uri-too-long");
        assertProblem(as("auditor").get("api/shelters", "X-Padding", "a".repeat(64 * 1024)), 431, "headers-too-large");
        String token = as("auditor").post("api/tokens", null, null).json().getString("token");
        Http.Reply deleteWithBody = http.withToken(token).send("DELETE", "api/tokens/current", JSON,
                HttpRequest.BodyPublishers.ofString("{}"));
        assertProblem(deleteWithBody, 400, "bad-request");
        // the refused DELETE signed nothing out
        assertThat(http.withToken(token).get("api/shelters").status()).isEqualTo(200);
    }

    @Test
    void addressesTheContainerWouldAnswerWithItsOwnPageGetProblemDetails() {
        Http finance = as("finance");
        assertProblem(finance.get("api/shelters/..%2f..%2fetc"), 404, "not-found");
        assertProblem(finance.get("api/%2e%2e/WEB-INF/web.xml"), 404, "not-found");
        assertProblem(finance.get("WEB-INF/web.xml"), 404, "not-found");
        Http.Reply put = finance.put("api/shelters/..%2f..%2fetc", JSON, "{}");
        assertThat(put.status()).as(put.toString()).isBetween(400, 499);
        assertThat(put.contentType()).startsWith(PROBLEM);
    }

    @Test
    void aChangeTakesOnlyTheStrongEntityTagAsRead() {
        Http finance = as("finance");
        Http.Reply created = finance.post("api/shelters", JSON,
                "{\"name\": \"Tag shelter " + RUN + "\", \"city\": \"Aktau\", \"operator\": \"NGO\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location").orElseThrow();
        String etag = created.header("ETag").orElseThrow();
        String version = etag.replace("\"", "").replace("W/", "");
        String revision = "{\"name\": \"Tag shelter " + RUN + "\", \"city\": \"Aktobe\", \"operator\": \"NGO\"}";

        assertProblem(finance.put(location, JSON, revision, "If-Match", "W/\"" + version + "\""), 412, "precondition-failed");
        assertProblem(finance.put(location, JSON, revision, "If-Match", version), 400, "invalid-input");
        assertThat(finance.get(location).json().getString("city")).isEqualTo("Aktau");
        assertThat(finance.put(location, JSON, revision, "If-Match", etag).status()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        List<Http.Reply> replies = List.of(http.get(""), http.get("finance.html"), http.get("openapi-ui/"),
                http.get("api/info"), http.get("api/shelters"), as("auditor").get("api/shelters"),
                as("auditor").get("api/no-such-thing"), http.withBasic("auditor", "wrong-password").get("api/shelters"));
        for (Http.Reply reply : replies) {
            String csp = reply.header("Content-Security-Policy").orElse("");
            assertThat(csp).as(reply.status() + " " + reply.contentType())
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(reply.header("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(reply.header("Referrer-Policy")).hasValue("no-referrer");
            assertThat(reply.header("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy).contains("camera=()"));
            assertThat(reply.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("X-Frame-Options"))
                    .flatMap(h -> h.getValue().stream()).toList()).containsExactly("DENY");
            // plain HTTP: no promise of TLS
            assertThat(reply.header("Strict-Transport-Security")).isEmpty();
        }

        Http.Reply token = as("clerk").post("api/tokens", null, null);
        assertThat(token.header("Cache-Control")).hasValue("no-store");
        JsonObject victim = as("clerk").get("api/victims?limit=1").jsonArray("items").getJsonObject(0);
        Http.Reply identity = as("clerk").get("api/victims/" + victim.getString("id") + "/identity");
        assertThat(identity.status()).isEqualTo(200);
        assertThat(identity.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aRequestThatWaitsTooLongIsCutOffWithAProblemAnswerAndWritesNothing() throws Exception {
        int year = java.time.LocalDate.now().getYear();
        String description = "cut off " + RUN;
        try (Connection holder = Database.open()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "select state from fiscal_period where fiscal_year = ? for update")) {
                lock.setInt(1, year);
                lock.executeQuery().close();
            }
            long began = System.nanoTime();

            Http.Reply waited = as("finance").post("api/appropriations", JSON, """
                    {"year": %d, "source": "donor", "purpose": "hotline", "amount": "1.00", "currency": "KZT",
                     "description": "%s"}""".formatted(year, description));

            Duration took = Duration.ofNanos(System.nanoTime() - began);
            assertProblem(waited, 503, "timed-out");
            assertThat(waited.header("Retry-After")).isPresent();
            assertThat(took).isLessThan(Duration.ofSeconds(STATEMENT_TIMEOUT_SECONDS + 20));
            holder.rollback();
        }
        assertThat(as("finance").get("api/appropriations?fiscalYear=" + year + "&limit=500").body())
                .doesNotContain(description);
    }

    @Test
    void aConnectionLeftHalfWayThroughARequestIsClosed() throws IOException {
        try (Socket socket = new Socket("localhost", root().getPort())) {
            socket.setSoTimeout((IDLE_SECONDS + 30) * 1000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/info HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long began = System.nanoTime();

            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // anything the server sends before it closes (it sends nothing to a half-sent request)
            }

            Duration open = Duration.ofNanos(System.nanoTime() - began);
            assertThat(open).isGreaterThanOrEqualTo(Duration.ofSeconds(IDLE_SECONDS - 1))
                    .isLessThan(Duration.ofSeconds(IDLE_SECONDS + 30));
        }
    }

    private static void assertProblem(Http.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString().substring(0, Math.min(reply.toString().length(), 600)))
                .isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().getString("type")).isEqualTo("urn:kz-registry:problem:" + type);
        assertThat(reply.body().length()).isLessThan(SMALL_ANSWER);
    }
}
