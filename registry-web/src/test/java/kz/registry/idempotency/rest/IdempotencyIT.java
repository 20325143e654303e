package kz.registry.idempotency.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Every request that creates a record takes an {@code Idempotency-Key}, through one mechanism:
 * sent again with the key and the same content it answers with the first result, marked as a
 * replay, and makes nothing; sent with the key and other content it is refused (422). Each
 * creating endpoint is tried, in the order a budget year and a claim's life need them.
 */
class IdempotencyIT extends DeployedRegistry {

    private static final String JSON = "application/json";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int THIS_YEAR = LocalDate.now().getYear();
    private static final String TODAY = LocalDate.now().toString();

    /**
     * Sends a creating request with a new key, again with the key and the same content, then with
     * the key and {@code other} content: one record, the retry its replay, the misuse refused.
     */
    private JsonObject once(Http caller, String path, String body, String other, int status) {
        String key = "key-" + RUN + "-" + SEQUENCE.incrementAndGet();
        Http.Reply first = caller.post(path, JSON, body, "Idempotency-Key", key);
        assertThat(first.status()).as(path + " " + first).isEqualTo(status);
        assertThat(first.header("Idempotent-Replayed")).as(path).isEmpty();

        Http.Reply again = caller.post(path, JSON, body, "Idempotency-Key", key);

        assertThat(again.status()).as(path + " retried: " + again).isEqualTo(status);
        assertThat(again.header("Idempotent-Replayed")).as(path).hasValue("true");
        assertThat(again.header("Location")).as(path).isEqualTo(first.header("Location"));
        assertThat(recordKey(again.json())).as(path + ": the retry names the first request's record")
                .isEqualTo(recordKey(first.json()));

        Http.Reply misuse = caller.post(path, JSON, other, "Idempotency-Key", key);
        assertThat(misuse.status()).as(path + " with other content: " + misuse).isEqualTo(422);
        assertThat(misuse.json().getString("detail")).contains("different request");
        return first.json();
    }

    /** What names the record an answer shows: its id, else its code or year, else (a fixed rate) all it says. */
    private static String recordKey(JsonObject record) {
        for (String key : new String[] {"id", "code", "year"}) {
            if (record.containsKey(key)) {
                return record.get(key).toString();
            }
        }
        return record.toString();
    }

    @Test
    void theRegistrysOwnSetUpIsCreatedOncePerKey() {
        Http finance = as("finance");
        Http admin = as("admin");
        once(finance, "api/shelters", shelter("Aktau"), shelter("Aktobe"), 201);
        once(admin, "api/users", user("auditor"), user("finance-officer"), 201);
        once(finance, "api/purposes", "{\"code\": \"idem-" + RUN.toLowerCase() + "\", \"name\": \"Idempotency test\"}",
                "{\"code\": \"idem-" + RUN.toLowerCase() + "\", \"name\": \"Another name\"}", 201);
        int freeYear = freeYear(finance);
        once(finance, "api/periods", "{\"year\": " + freeYear + "}", "{\"year\": " + (freeYear - 1) + "}", 201);
        once(finance, "api/rates/fixed", fixedRate("340.00"), fixedRate("341.00"), 201);
        String from = LocalDate.of(2099, 1, 1).plusDays(Math.floorMod(RUN.hashCode(), 360)).toString();
        once(admin, "api/law/mci", mci(from, "4500.00"), mci(from, "4600.00"), 201);
        once(admin, "api/law/categories", category(30), category(40), 201);
    }

    @Test
    void aBudgetYearsEntriesAreCreatedOncePerKey() {
        Http finance = as("finance");
        String appropriation = once(finance, "api/appropriations", appropriation("1000000.00"), appropriation("1000001.00"),
                201).getString("id");
        String allocation = once(finance, "api/allocations", """
                {"appropriationId": "%s", "recipient": "Hotline operator %s", "amount": "%s", "currency": "KZT",
                 "valueDate": "%s"}""".formatted(appropriation, RUN, "400000.00", TODAY), """
                {"appropriationId": "%s", "recipient": "Hotline operator %s", "amount": "%s", "currency": "KZT",
                 "valueDate": "%s"}""".formatted(appropriation, RUN, "400001.00", TODAY), 201).getString("id");
        once(finance, "api/commitments", spending(allocation, "100000.00"), spending(allocation, "100001.00"), 201);
        String payment = once(finance, "api/payments", spending(allocation, "50000.00"), spending(allocation, "50001.00"),
                201).getString("id");
        once(finance, "api/payments/" + payment + "/reversal", "{\"reason\": \"paid twice by the bank\"}",
                "{\"reason\": \"another reason\"}", 201);
    }

    @Test
    void aClaimsLifeIsCreatedOncePerKey() {
        Http clerk = as("clerk");
        String proceeding = once(clerk, "api/proceedings", proceeding("128-1"), proceeding("128-2"), 201).getString("id");
        // two names of one hash code: the old fingerprint took them for one request
        String victim = once(clerk, "api/victims", victim("Aa"), victim("BB"), 201).getString("id");
        once(clerk, "api/proceedings/" + proceeding + "/convicted", convict("Aa"), convict("BB"), 201);
        once(clerk, "api/victims/" + victim + "/recognitions", recognition(proceeding, "2025-02-20"),
                recognition(proceeding, "2025-02-21"), 201);
        String claim = once(clerk, "api/claims", claim(victim, proceeding, "2025-03-01"),
                claim(victim, proceeding, "2025-03-02"), 201).getString("id");
        move(clerk, claim, "UNDER_REVIEW", "2025-03-05");
        move(clerk, claim, "APPROVED", "2025-04-10");
        once(clerk, "api/fund/inflows", inflow("117960.00"), inflow("117961.00"), 201);
        String register = once(clerk, "api/registers", register(claim, "2025-04-15"), register(claim, "2025-04-16"), 201)
                .getString("id");
        String etag = clerk.get("api/registers/" + register).header("ETag").orElseThrow();
        assertThat(clerk.post("api/registers/" + register + "/payment", JSON, "{\"paidOn\": \"2025-05-05\"}",
                "If-Match", etag).status()).isEqualTo(200);
        String recovery = once(clerk, "api/recoveries", recourse(claim, "2025-06-01"), recourse(claim, "2025-06-02"), 201)
                .getString("id");
        JsonObject recovered = once(clerk, "api/recoveries/" + recovery + "/payments", recovered("60000.00"),
                recovered("60001.00"), 200);

        // the retried money came in once
        assertThat(recovered.getJsonObject("outstanding").getString("amount")).isEqualTo("57960.00");
        assertThat(clerk.get("api/recoveries/" + recovery).json().getJsonObject("outstanding").getString("amount"))
                .isEqualTo("57960.00");
    }

    private static void move(Http clerk, String claim, String to, String on) {
        String etag = clerk.get("api/claims/" + claim).header("ETag").orElseThrow();
        Http.Reply moved = clerk.post("api/claims/" + claim + "/moves", JSON,
                "{\"to\": \"" + to + "\", \"on\": \"" + on + "\"}", "If-Match", etag);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    /** The latest year no one has opened yet, the only kind a test may open. */
    private static int freeYear(Http finance) {
        String periods = finance.get("api/periods").body();
        for (int year = 2100; year > THIS_YEAR; year--) {
            if (!periods.contains("\"year\":" + year)) {
                return year;
            }
        }
        throw new IllegalStateException("every year up to 2100 is open");
    }

    private static String shelter(String city) {
        return "{\"name\": \"Idempotent shelter " + RUN + "\", \"city\": \"" + city + "\", \"operator\": \"NGO\"}";
    }

    private static String user(String role) {
        return "{\"username\": \"idem-" + RUN.toLowerCase() + "\", \"password\": \"a-long-password\", \"roles\": [\""
                + role + "\"]}";
    }

    private static String fixedRate(String rate) {
        return "{\"name\": \"Idempotent report " + RUN + "\", \"currency\": \"USD\", \"kztPerUnit\": \"" + rate
                + "\", \"description\": \"a test's own rate\"}";
    }

    private static String mci(String from, String amount) {
        return "{\"purpose\": \"general\", \"validFrom\": \"" + from + "\", \"amount\": \"" + amount
                + "\", \"source\": \"a test's budget law " + RUN + "\"}";
    }

    private static String category(int multiple) {
        return "{\"code\": \"idem-" + RUN.toLowerCase() + "\", \"name\": \"A test's category\", \"mciMultiple\": " + multiple
                + ", \"articles\": [128], \"validFrom\": \"2099-01-01\", \"unverified\": true}";
    }

    private static String appropriation(String amount) {
        return "{\"year\": " + THIS_YEAR + ", \"source\": \"donor\", \"purpose\": \"hotline\", \"amount\": \"" + amount
                + "\", \"currency\": \"KZT\", \"valueDate\": \"" + TODAY + "\", \"description\": \"idempotency " + RUN + "\"}";
    }

    private static String spending(String allocation, String amount) {
        return "{\"allocationId\": \"" + allocation + "\", \"amount\": \"" + amount + "\", \"currency\": \"KZT\","
                + " \"valueDate\": \"" + TODAY + "\"}";
    }

    private static String proceeding(String article) {
        return "{\"registrationNumber\": \"IDEM-" + RUN + "\", \"articles\": [\"" + article + "\"], \"prosecutingBody\":"
                + " \"Almaty police\", \"stage\": \"PRE_TRIAL_INVESTIGATION\", \"registeredOn\": \"2025-01-05\"}";
    }

    private static String victim(String nameEnd) {
        return "{\"citizenship\": \"UZ\", \"sex\": \"FEMALE\", \"minor\": false, \"exploitation\": \"FORCED_LABOUR\","
                + " \"identity\": {\"fullName\": \"Test Secretname " + RUN + " " + nameEnd + "\"}}";
    }

    private static String convict(String nameEnd) {
        return "{\"identity\": {\"fullName\": \"Convict Secretname " + RUN + " " + nameEnd + "\"}, \"convictedOn\": \"2025-05-20\"}";
    }

    private static String recognition(String proceeding, String on) {
        return "{\"proceedingId\": \"" + proceeding + "\", \"recognisedOn\": \"" + on + "\"}";
    }

    private static String claim(String victim, String proceeding, String filedOn) {
        return "{\"victimId\": \"" + victim + "\", \"proceedingId\": \"" + proceeding
                + "\", \"category\": \"trafficking-in-persons\", \"filedOn\": \"" + filedOn + "\"}";
    }

    private static String inflow(String amount) {
        return "{\"source\": \"COMPULSORY_PAYMENT\", \"amount\": \"" + amount + "\", \"valueDate\": \"2025-04-12\","
                + " \"reference\": \"idempotency " + RUN + "\"}";
    }

    private static String register(String claim, String on) {
        return "{\"claimIds\": [\"" + claim + "\"], \"createdOn\": \"" + on + "\"}";
    }

    private static String recourse(String claim, String on) {
        return "{\"claimId\": \"" + claim + "\", \"openedOn\": \"" + on + "\"}";
    }

    private static String recovered(String amount) {
        return "{\"amount\": \"" + amount + "\", \"valueDate\": \"2025-07-01\"}";
    }
}
