package kz.registry.budget.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shelters registry over HTTP, on Payara Micro and the real database. Each test makes
 * shelters with names of its own, so the tests run in any order and on a database that
 * earlier runs left data in.
 */
class ShelterApiIT extends DeployedRegistry {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    /** Tells this run's shelters from an earlier run's on a database that is kept. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int PARALLEL_WRITERS = 8;

    /** Shelters are a finance officer's to record; every test here acts as one. */
    @BeforeEach
    void signInAsAFinanceOfficer() {
        http = as("finance");
    }

    @Test
    void demoModeLoadsTheSeedsElevenShelters() {
        List<String> names = http.get("api/shelters?limit=500").jsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(s -> s.getString("name")).toList();

        assertThat(names).contains(
                "Astana trafficking shelter", "Shymkent trafficking shelter", "Kostanay trafficking shelter",
                "Almaty trafficking shelter (2016)", "Almaty trafficking shelter (2017)",
                "Temirtau trafficking shelter", "Petropavlovsk trafficking shelter", "Uralsk trafficking shelter",
                "Aktobe trafficking shelter", "Kyzylorda trafficking shelter", "Taldykorgan trafficking shelter");
    }

    @Test
    void listsFilterByCityCaseInsensitively() {
        JsonObject almaty = http.get("api/shelters?city=almaty&limit=500").json();

        assertThat(almaty.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(s -> assertThat(s.getString("city")).isEqualTo("Almaty"))
                .extracting(s -> s.getString("name"))
                .contains("Almaty trafficking shelter (2016)", "Almaty trafficking shelter (2017)");
    }

    @Test
    void aRegisteredShelterCanBeReadBackAtItsLocation() {
        String city = uniqueCity();
        Http.Reply created = http.post("api/shelters", JSON, """
                {"name": "%s", "city": "%s", "operator": "Rodnik", "openedYear": 2017,
                 "foreignVictimsEligibleFrom": "2023-07-01"}""".formatted(uniqueName(), city));

        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location").orElseThrow();
        JsonObject body = created.json();
        assertThat(location).endsWith("/api/shelters/" + body.getString("id"));
        assertThat(created.header("ETag")).contains("\"" + body.getJsonNumber("version").longValue() + "\"");

        JsonObject read = http.get(location.substring(location.indexOf("api/"))).json();
        assertThat(read).isEqualTo(body);
        assertThat(read.getString("city")).isEqualTo(city);
        assertThat(read.getString("operator")).isEqualTo("Rodnik");
        assertThat(read.getInt("openedYear")).isEqualTo(2017);
        assertThat(read.getString("foreignVictimsEligibleFrom")).isEqualTo("2023-07-01");
    }

    @Test
    void foreignVictimEligibilityIsDateEffective() {
        String city = uniqueCity();
        register(uniqueName(), city, "\"foreignVictimsEligibleFrom\": \"2030-01-01\"");
        register(uniqueName(), city, "\"foreignVictimsEligibleFrom\": null");

        assertThat(http.get("api/shelters?city=" + city).json().getInt("total")).isEqualTo(2);
        assertThat(http.get("api/shelters?city=" + city + "&acceptsForeignVictimsOn=2029-12-31").json().getInt("total"))
                .isZero();
        assertThat(http.get("api/shelters?city=" + city + "&acceptsForeignVictimsOn=2030-01-01").json().getInt("total"))
                .isEqualTo(1);
    }

    @Test
    void listsComeInPages() {
        String city = uniqueCity();
        for (int i = 0; i < 3; i++) {
            register(uniqueName(), city, null);
        }

        JsonObject second = http.get("api/shelters?city=" + city + "&offset=2&limit=2").json();

        assertThat(second.getInt("total")).isEqualTo(3);
        assertThat(second.getInt("offset")).isEqualTo(2);
        assertThat(second.getInt("limit")).isEqualTo(2);
        assertThat(second.getJsonArray("items")).hasSize(1);
    }

    @Test
    void aRevisionNeedsTheCurrentETagAndAdvancesIt() {
        JsonObject shelter = register(uniqueName(), uniqueCity(), null);
        String path = "api/shelters/" + shelter.getString("id");
        String etag = http.get(path).header("ETag").orElseThrow();

        Http.Reply revised = http.put(path, JSON, revision(shelter, "Another NGO"), "If-Match", etag);

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().getString("operator")).isEqualTo("Another NGO");
        assertThat(revised.header("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(http.get(path).json().getString("operator")).isEqualTo("Another NGO");
    }

    @Test
    void aRevisionBasedOnAStaleETagIsAConflictAndChangesNothing() {
        JsonObject shelter = register(uniqueName(), uniqueCity(), null);
        String path = "api/shelters/" + shelter.getString("id");
        String staleEtag = http.get(path).header("ETag").orElseThrow();
        assertThat(http.put(path, JSON, revision(shelter, "First writer"), "If-Match", staleEtag).status()).isEqualTo(200);

        Http.Reply lost = http.put(path, JSON, revision(shelter, "Second writer"), "If-Match", staleEtag);

        assertProblem(lost, 409, "conflict");
        assertThat(http.get(path).json().getString("operator")).isEqualTo("First writer");
    }

    @Test
    void parallelRevisionsFromTheSameETagLetExactlyOneWin() throws Exception {
        JsonObject shelter = register(uniqueName(), uniqueCity(), null);
        String path = "api/shelters/" + shelter.getString("id");
        String etag = http.get(path).header("ETag").orElseThrow();

        List<Http.Reply> replies = inParallel(PARALLEL_WRITERS,
                writer -> http.put(path, JSON, revision(shelter, "Writer " + writer), "If-Match", etag));

        assertThat(replies).extracting(Http.Reply::status).containsOnly(200, 409);
        assertThat(replies).filteredOn(reply -> reply.status() == 200).hasSize(1);
        replies.stream().filter(reply -> reply.status() == 409).forEach(reply -> assertProblem(reply, 409, "conflict"));
        String winner = replies.stream().filter(reply -> reply.status() == 200).findFirst().orElseThrow()
                .json().getString("operator");
        assertThat(http.get(path).json().getString("operator")).isEqualTo(winner);
    }

    @Test
    void parallelRegistrationsOfOneNameMakeOneShelter() throws Exception {
        String name = uniqueName();
        String city = uniqueCity();

        List<Http.Reply> replies = inParallel(PARALLEL_WRITERS, writer -> http.post("api/shelters", JSON, """
                {"name": "%s", "city": "%s", "operator": "Writer %d"}""".formatted(name, city, writer)));

        assertThat(replies).extracting(Http.Reply::status).containsOnly(201, 409);
        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
        assertThat(http.get("api/shelters?city=" + city).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void aRevisionWithoutIfMatchIsRefusedWith428() {
        JsonObject shelter = register(uniqueName(), uniqueCity(), null);
        String path = "api/shelters/" + shelter.getString("id");

        assertProblem(http.put(path, JSON, revision(shelter, "Blind writer")), 428, "precondition-required");
        assertThat(http.get(path).json().getString("operator")).isEqualTo("NGO");
    }

    @Test
    void malformedJsonIsA400AndWritesNothing() {
        long before = total();

        assertProblem(http.post("api/shelters", JSON, "{\"name\": \"Broken\", \"city\": "), 400, "malformed-body");
        assertProblem(http.post("api/shelters", JSON, """
                {"name": "%s", "city": "Aktau", "operator": "NGO", "openedYear": "last year"}""".formatted(uniqueName())),
                400, "malformed-body");
        assertProblem(http.post("api/shelters", JSON, null), 400, "malformed-body");

        assertThat(total()).isEqualTo(before);
    }

    @Test
    void missingAndInvalidFieldsAreEachNamed() {
        long before = total();

        Http.Reply reply = http.post("api/shelters", JSON, "{\"openedYear\": 1850}");

        assertProblem(reply, 400, "invalid-input");
        assertThat(reply.jsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("name", "city", "operator", "openedYear");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        long before = total();

        assertProblem(http.post("api/shelters", "text/plain", "name=Shelter"), 415, "unsupported-media-type");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void deletingIsNotOffered() {
        JsonObject shelter = register(uniqueName(), uniqueCity(), null);
        String path = "api/shelters/" + shelter.getString("id");

        assertProblem(http.delete(path), 405, "method-not-allowed");
        assertThat(http.get(path).status()).isEqualTo(200);
    }

    @Test
    void anUnknownShelterIsA404() {
        assertProblem(http.get("api/shelters/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(http.get("api/shelters/not-an-id"), 404, "not-found");
        assertProblem(http.put("api/shelters/" + UUID.randomUUID(), JSON,
                "{\"name\": \"x\", \"city\": \"y\", \"operator\": \"z\"}", "If-Match", "\"1\""), 404, "not-found");
    }

    @Test
    void aSecondShelterWithTheSameNameIsAConflict() {
        String name = uniqueName();
        register(name, uniqueCity(), null);
        long before = total();

        Http.Reply duplicate = http.post("api/shelters", JSON, """
                {"name": "%s", "city": "Aktau", "operator": "NGO"}""".formatted(name.toUpperCase()));

        assertProblem(duplicate, 409, "conflict");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void badQueryParametersAreNamed() {
        Http.Reply reply = http.get("api/shelters?limit=many&acceptsForeignVictimsOn=01.01.2024");

        assertProblem(reply, 400, "invalid-input");
        assertThat(reply.jsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsAnyOf("limit", "acceptsForeignVictimsOn");
        assertProblem(http.get("api/shelters?limit=100000"), 400, "invalid-input");
    }

    @Test
    void aCallersCorrelationIdComesBackInTheHeaderAndTheProblem() {
        Http.Reply reply = http.get("api/shelters/" + UUID.randomUUID(), "X-Correlation-Id", "ticket-4711");

        assertThat(reply.header("X-Correlation-Id")).contains("ticket-4711");
        assertThat(reply.json().getString("correlationId")).isEqualTo("ticket-4711");
    }

    /** Runs the calls at once, released together, and returns their replies. */
    private static List<Http.Reply> inParallel(int writers, IntFunction<Http.Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Reply>> calls = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int id = writer;
                calls.add(pool.submit(() -> {
                    go.await();
                    return call.apply(id);
                }));
            }
            go.countDown();
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> reply : calls) {
                replies.add(reply.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonObject register(String name, String city, String extraField) {
        String extra = extraField == null ? "" : ", " + extraField;
        Http.Reply reply = http.post("api/shelters", JSON, """
                {"name": "%s", "city": "%s", "operator": "NGO"%s}""".formatted(name, city, extra));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static String revision(JsonObject shelter, String operator) {
        return """
                {"name": "%s", "city": "%s", "operator": "%s"}"""
                .formatted(shelter.getString("name"), shelter.getString("city"), operator);
    }

    private long total() {
        return http.get("api/shelters?limit=1").json().getJsonNumber("total").longValue();
    }

    private static void assertProblem(Http.Reply reply, int status, String kind) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        JsonObject problem = reply.json();
        assertThat(problem.getString("type")).isEqualTo("urn:kz-registry:problem:" + kind);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("correlationId")).isEqualTo(reply.header("X-Correlation-Id").orElseThrow());
        assertThat(reply.body()).doesNotContain("Exception", "\tat ");
    }

    private static String uniqueName() {
        return "Test shelter " + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    private static String uniqueCity() {
        return "City" + RUN + "x" + SEQUENCE.incrementAndGet();
    }
}
