package kz.registry.proceedings.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proceedings and victims as court clerks record them, and what everyone else may see of them:
 * a pseudonymous code, never an identity. Names and numbers carry this run's id, so the tests
 * run again on a kept database, and the privacy checks look for exactly those strings.
 */
class ProceedingsIT extends DeployedRegistry {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final String NAME = "Dilnoza Secretname" + RUN;
    private static final String ID_NUMBER = "AB" + RUN + "77";
    private static final String ACCOUNT = "UZ12SECRET" + RUN;

    private Http clerk;

    @BeforeEach
    void signIn() {
        clerk = as("clerk");
    }

    private Http.Reply register(String number, String... headers) {
        return clerk.post("api/proceedings", "application/json", """
                {"registrationNumber": "%s", "articles": ["128-2", "125"], "prosecutingBody": "Almaty police department",
                 "stage": "PRE_TRIAL_INVESTIGATION", "registeredOn": "2025-03-10"}""".formatted(number), headers);
    }

    private String proceeding(String number) {
        Http.Reply registered = register(number);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().getString("id");
    }

    private Http.Reply registerVictim(String citizenship, String... headers) {
        return clerk.post("api/victims", "application/json", """
                {"citizenship": "%s", "sex": "FEMALE", "minor": false, "exploitation": "FORCED_LABOUR",
                 "identity": {"fullName": "%s", "idNumber": "%s", "birthDate": "1998-05-17",
                              "bankAccount": "%s", "bankName": "Test bank"}}"""
                .formatted(citizenship, NAME, ID_NUMBER, ACCOUNT), headers);
    }

    private static void assertNoIdentityIn(String body) {
        assertThat(body).doesNotContain(NAME).doesNotContain("Secretname").doesNotContain(ID_NUMBER)
                .doesNotContain(ACCOUNT).doesNotContain("1998-05-17");
    }

    @Test
    void aForeignVictimIsRecordedByCodeAndOnlyAClerkReadsTheIdentityOnRecord() {
        String proceedingId = proceeding("IT-" + RUN + "-1");
        Http.Reply registered = registerVictim("UZ");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String victimId = registered.json().getString("id");
        assertNoIdentityIn(registered.body());
        assertThat(registered.json().getString("code")).matches("V-[2-9A-Z]{8}");
        assertThat(registered.json().getBoolean("foreign")).isTrue();

        Http.Reply recognised = clerk.post("api/victims/" + victimId + "/recognitions", "application/json",
                "{\"proceedingId\": \"" + proceedingId + "\", \"recognisedOn\": \"2025-04-02\", \"resolutionNumber\": \"R-17\"}");
        assertThat(recognised.status()).as(recognised.toString()).isEqualTo(201);
        assertThat(clerk.post("api/victims/" + victimId + "/recognitions", "application/json",
                "{\"proceedingId\": \"" + proceedingId + "\", \"recognisedOn\": \"2025-04-03\"}").status())
                .as("once per victim and proceeding").isEqualTo(409);
        assertThat(clerk.post("api/victims/" + victimId + "/recognitions", "application/json",
                "{\"proceedingId\": \"" + proceeding("IT-" + RUN + "-2") + "\", \"recognisedOn\": \"2025-01-01\"}")
                .status()).as("not before the proceeding was registered").isEqualTo(400);

        Http auditor = as("auditor");
        Http.Reply listed = auditor.get("api/victims?proceedingId=" + proceedingId);
        Http.Reply one = auditor.get("api/victims/" + victimId);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().getInt("total")).isEqualTo(1);
        assertThat(one.json().getJsonArray("recognitions").getJsonObject(0).getString("recognisedOn"))
                .isEqualTo("2025-04-02");
        assertNoIdentityIn(listed.body());
        assertNoIdentityIn(one.body());
        assertThat(auditor.get("api/victims/" + victimId + "/identity").status()).isEqualTo(403);
        assertThat(as("finance").get("api/victims/" + victimId).status()).isEqualTo(403);

        Http.Reply identity = clerk.get("api/victims/" + victimId + "/identity");
        assertThat(identity.status()).isEqualTo(200);
        assertThat(identity.json().getString("fullName")).isEqualTo(NAME);
        assertThat(identity.json().getString("bankAccount")).isEqualTo(ACCOUNT);

        Http.Reply trail = auditor.get("api/audit?aggregateType=victim&aggregateId=" + victimId);
        List<String> actions = trail.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(entry -> entry.getString("action")).toList();
        assertThat(actions).containsExactly("CREATED", "PERSONAL_DATA_READ");
        assertThat(trail.body()).contains("fullName").contains("clerk");
        assertNoIdentityIn(trail.body());
    }

    @Test
    void aRetriedRegistrationWithItsKeyMakesOneVictimAndBadInputIsNamed() {
        String key = "victim-" + RUN;
        Http.Reply first = registerVictim("GE", "Idempotency-Key", key);
        Http.Reply retry = registerVictim("GE", "Idempotency-Key", key);
        Http.Reply noCountry = registerVictim("XX");
        Http.Reply noName = clerk.post("api/victims", "application/json", """
                {"citizenship": "KZ", "sex": "FEMALE", "minor": true, "exploitation": "SEX_TRAFFICKING", "identity": {}}""");

        assertThat(retry.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(noCountry.status()).isEqualTo(400);
        assertThat(noCountry.body()).contains("citizenship");
        assertNoIdentityIn(noCountry.body());
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("fullName");
    }

    @Test
    void aProceedingMovesOnWithItsETagAndItsConvictsAreKnownByCode() {
        String number = "IT-" + RUN + "-3";
        String id = proceeding(number);
        assertThat(register(number).status()).as("one registration per number").isEqualTo(409);
        Http.Reply read = clerk.get("api/proceedings/" + id);
        String etag = read.header("ETag").orElseThrow();
        String inCourt = """
                {"registrationNumber": "%s", "articles": ["128-2"], "prosecutingBody": "Almaty police department",
                 "court": "Specialised inter-district criminal court of Almaty", "stage": "IN_COURT",
                 "registeredOn": "2025-03-10", "sentToCourtOn": "2025-09-01"}""".formatted(number);

        Http.Reply moved = clerk.put("api/proceedings/" + id, "application/json", inCourt, "If-Match", etag);
        Http.Reply stale = clerk.put("api/proceedings/" + id, "application/json", inCourt, "If-Match", etag);

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getString("stage")).isEqualTo("IN_COURT");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(as("auditor").get("api/proceedings?article=128&stage=IN_COURT&limit=500").body()).contains(number);

        Http.Reply convicted = clerk.post("api/proceedings/" + id + "/convicted", "application/json", """
                {"identity": {"fullName": "%s", "idNumber": "%s"}, "convictedOn": "2025-11-20"}"""
                .formatted(NAME, ID_NUMBER));
        assertThat(convicted.status()).as(convicted.toString()).isEqualTo(201);
        assertNoIdentityIn(convicted.body());
        Http.Reply convicts = as("auditor").get("api/proceedings/" + id + "/convicted");
        assertThat(convicts.array()).hasSize(1);
        assertThat(convicts.array().getJsonObject(0).getString("code")).startsWith("CP-");
        assertNoIdentityIn(convicts.body());
        String person = convicted.json().getString("id");
        assertThat(clerk.get("api/proceedings/" + id + "/convicted/" + person + "/identity").json()
                .getString("fullName")).isEqualTo(NAME);
        assertThat(as("auditor").get("api/proceedings/" + id + "/convicted/" + person + "/identity").status())
                .isEqualTo(403);
    }
}
