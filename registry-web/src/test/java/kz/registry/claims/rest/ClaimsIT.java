package kz.registry.claims.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.UUID;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A court clerk takes a foreign victim's claim from recognition to payment and recovery, and the
 * fund's balance is right at every step. The fund is shared, so the checks are differences from
 * what it held before; on a fresh database (CI's) it starts empty, and a register is refused
 * until money comes in.
 */
class ClaimsIT extends DeployedRegistry {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    /** 30 MCI x 3,932 KZT (the 2025 MCI): the trafficking category's amount for a decision in 2025. */
    private static final BigDecimal GRANTED = new BigDecimal("117960.00");

    private Http clerk;

    @BeforeEach
    void signIn() {
        clerk = as("clerk");
    }

    private String post(String path, String body, int expected) {
        Http.Reply reply = clerk.post(path, "application/json", body);
        assertThat(reply.status()).as(path + " " + reply).isEqualTo(expected);
        return reply.json().getString("id");
    }

    private String proceeding(String suffix, String article) {
        return post("api/proceedings", """
                {"registrationNumber": "CL-%s-%s", "articles": ["%s"], "prosecutingBody": "Shymkent police department",
                 "stage": "PRE_TRIAL_INVESTIGATION", "registeredOn": "2021-01-05"}""".formatted(RUN, suffix, article), 201);
    }

    private String victim(String citizenship) {
        return post("api/victims", """
                {"citizenship": "%s", "sex": "FEMALE", "minor": false, "exploitation": "FORCED_LABOUR",
                 "identity": {"fullName": "Test Secretname %s", "bankAccount": "UZ00TEST%s"}}"""
                .formatted(citizenship, RUN, RUN), 201);
    }

    private void recognise(String victim, String proceeding, String on) {
        post("api/victims/" + victim + "/recognitions",
                "{\"proceedingId\": \"" + proceeding + "\", \"recognisedOn\": \"" + on + "\"}", 201);
    }

    private Http.Reply file(String victim, String proceeding, String category, String filedOn, String extra) {
        return clerk.post("api/claims", "application/json", """
                {"victimId": "%s", "proceedingId": "%s", "category": "%s", "filedOn": "%s"%s}"""
                .formatted(victim, proceeding, category, filedOn, extra));
    }

    private Http.Reply move(String claim, String to, String on, String reason) {
        String etag = clerk.get("api/claims/" + claim).header("ETag").orElseThrow();
        return clerk.post("api/claims/" + claim + "/moves", "application/json",
                "{\"to\": \"" + to + "\", \"on\": \"" + on + "\"" + (reason == null ? "" : ", \"reason\": \"" + reason + "\"")
                        + "}", "If-Match", etag);
    }

    private JsonObject fund() {
        return as("auditor").get("api/fund").json();
    }

    private static BigDecimal money(JsonObject statement, String figure) {
        return new BigDecimal(statement.getJsonObject(figure).getString("amount"));
    }

    @Test
    void aForeignVictimsClaimGoesFromRecognitionToPaymentAndRecoveryWithTheFundRightAtEveryStep() {
        String proceeding = proceeding("1", "128-1");
        String victim = victim("UZ");
        recognise(victim, proceeding, "2025-02-20");
        Http.Reply filed = file(victim, proceeding, "trafficking-in-persons", "2025-03-01", "");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String claim = filed.json().getString("id");
        assertThat(filed.json().getString("status")).isEqualTo("RECEIVED");
        assertThat(filed.json().getJsonArray("allowedMoves").toString()).contains("UNDER_REVIEW").contains("WITHDRAWN");
        assertThat(filed.json().getString("deadline")).isEqualTo("2028-02-20");

        assertThat(move(claim, "PAID", "2025-03-02", null).status()).as("not by a decision").isEqualTo(409);
        Http.Reply skipped = move(claim, "APPROVED", "2025-03-02", null);
        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.json().getString("detail")).contains("UNDER_REVIEW");
        assertThat(move(claim, "UNDER_REVIEW", "2025-03-05", null).status()).isEqualTo(200);
        Http.Reply approved = move(claim, "APPROVED", "2025-04-10", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getJsonObject("amount").getString("amount")).isEqualTo("117960.00");
        assertThat(approved.json().getJsonObject("grant").getJsonObject("mci").getString("amount")).isEqualTo("3932.00");
        assertThat(approved.json().getJsonObject("grant").getInt("mciMultiple")).isEqualTo(30);

        JsonObject before = fund();
        String register = "{\"claimIds\": [\"" + claim + "\"], \"createdOn\": \"2025-04-15\"}";
        if (money(before, "available").compareTo(GRANTED) < 0) {
            Http.Reply refused = clerk.post("api/registers", "application/json", register);
            assertThat(refused.status()).as("the fund cannot cover it").isEqualTo(422);
            assertThat(refused.json().getString("detail")).contains("available");
        }
        post("api/fund/inflows", """
                {"source": "COMPULSORY_PAYMENT", "amount": "117960.00", "valueDate": "2025-04-12",
                 "reference": "compulsory payments, test run %s"}""".formatted(RUN), 201);
        JsonObject funded = fund();
        assertThat(money(funded, "balance")).isEqualByComparingTo(money(before, "balance").add(GRANTED));

        String registerId = post("api/registers", register, 201);
        JsonObject onRegister = fund();
        assertThat(money(onRegister, "balance")).isEqualByComparingTo(money(funded, "balance"));
        assertThat(money(onRegister, "available")).isEqualByComparingTo(money(funded, "available").subtract(GRANTED));
        assertThat(clerk.get("api/claims/" + claim).json().getString("status")).isEqualTo("ON_REGISTER");

        String etag = clerk.get("api/registers/" + registerId).header("ETag").orElseThrow();
        Http.Reply paid = clerk.post("api/registers/" + registerId + "/payment", "application/json",
                "{\"paidOn\": \"2025-05-05\"}", "If-Match", etag);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        JsonObject afterPayment = fund();
        assertThat(money(afterPayment, "balance")).isEqualByComparingTo(money(funded, "balance").subtract(GRANTED));
        assertThat(money(afterPayment, "paidOut")).isEqualByComparingTo(money(before, "paidOut").add(GRANTED));
        JsonObject paidClaim = clerk.get("api/claims/" + claim).json();
        assertThat(paidClaim.getString("status")).isEqualTo("PAID");
        assertThat(paidClaim.getString("paidOn")).isEqualTo("2025-05-05");

        Http.Reply noConvict = clerk.post("api/recoveries", "application/json",
                "{\"claimId\": \"" + claim + "\", \"openedOn\": \"2025-06-01\"}");
        assertThat(noConvict.status()).as("recourse is against convicted persons").isEqualTo(422);
        post("api/proceedings/" + proceeding + "/convicted",
                "{\"identity\": {\"fullName\": \"Convict Secretname " + RUN + "\"}, \"convictedOn\": \"2025-05-20\"}", 201);
        String recovery = post("api/recoveries", "{\"claimId\": \"" + claim + "\", \"openedOn\": \"2025-06-01\"}", 201);
        assertThat(clerk.get("api/claims/" + claim).json().getString("status")).isEqualTo("RECOURSE_OPENED");

        Http.Reply part = clerk.post("api/recoveries/" + recovery + "/payments", "application/json",
                "{\"amount\": \"60000.00\", \"valueDate\": \"2025-07-01\"}");
        assertThat(part.json().getJsonObject("outstanding").getString("amount")).isEqualTo("57960.00");
        Http.Reply tooMuch = clerk.post("api/recoveries/" + recovery + "/payments", "application/json",
                "{\"amount\": \"57960.01\", \"valueDate\": \"2025-08-01\"}");
        assertThat(tooMuch.status()).isEqualTo(422);
        Http.Reply rest = clerk.post("api/recoveries/" + recovery + "/payments", "application/json",
                "{\"amount\": \"57960.00\", \"valueDate\": \"2025-08-01\"}");
        assertThat(rest.json().getString("status")).isEqualTo("RECOVERED");
        JsonObject afterRecovery = fund();
        assertThat(money(afterRecovery, "balance")).isEqualByComparingTo(money(afterPayment, "balance").add(GRANTED));
        assertThat(afterRecovery.getJsonObject("inflows").getJsonObject("RECOVERY").getString("amount")).isNotNull();
        assertThat(clerk.get("api/claims/" + claim).json().getString("status")).isEqualTo("RECOVERED");
        assertThat(clerk.get("api/claims/" + claim + "/moves").array().stream()
                .map(step -> step.asJsonObject().getString("to")).toList())
                .containsExactly("RECEIVED", "UNDER_REVIEW", "APPROVED", "ON_REGISTER", "PAID", "RECOURSE_OPENED",
                        "RECOVERED");
        String auditorsView = as("auditor").get("api/claims?victimId=" + victim).body();
        assertThat(auditorsView).contains(claim).doesNotContain("Secretname");
    }

    @Test
    void theLawsChecksRefuseWhatItDoesNotAllow() {
        String proceeding = proceeding("2", "128");
        String victim = victim("GE");
        Http.Reply notRecognised = file(victim, proceeding, "trafficking-in-persons", "2021-03-01", "");
        recognise(victim, proceeding, "2021-01-10");
        Http.Reply late = file(victim, proceeding, "trafficking-in-persons", "2024-02-01", "");
        Http.Reply wrongArticle = file(victim, proceeding, "torture", "2022-03-01", "");
        Http.Reply restored = file(victim, proceeding, "trafficking-in-persons", "2024-02-01",
                ", \"deadlineRestoredBy\": \"court ruling 2-123/2024\", \"civilClaim\": \"civil suit 2-555/2023\"");
        Http.Reply duplicate = file(victim, proceeding, "trafficking-in-persons", "2024-03-01",
                ", \"deadlineRestoredBy\": \"court ruling 2-123/2024\"");

        assertThat(notRecognised.status()).isEqualTo(422);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().getString("detail")).contains("2024-01-10");
        assertThat(wrongArticle.status()).isEqualTo(422);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(201);
        assertThat(restored.json().getBoolean("doubleCompensationFlag")).isTrue();
        assertThat(duplicate.status()).isEqualTo(409);

        String claim = restored.json().getString("id");
        assertThat(move(claim, "UNDER_REVIEW", "2024-02-05", null).status()).isEqualTo(200);
        assertThat(move(claim, "DENIED", "2024-03-01", null).status()).as("a denial says why").isEqualTo(400);
        Http.Reply denied = move(claim, "DENIED", "2024-03-01", "compensated in the civil suit");
        assertThat(denied.json().getString("denialReason")).isEqualTo("compensated in the civil suit");
        assertThat(move(claim, "APPEALED", "2024-03-20", null).status()).isEqualTo(200);
        Http.Reply onAppeal = move(claim, "APPROVED", "2024-05-02", null);
        assertThat(onAppeal.json().getJsonObject("amount").getString("amount")).isEqualTo("110760.00"); // 30 x 3,692
        assertThat(as("auditor").post("api/claims", "application/json", "{}").status()).isEqualTo(403);
        assertThat(as("finance").get("api/claims").status()).isEqualTo(403);
    }

    /**
     * Demo mode's compensation data: two trafficking claims approved on 2021-05-10 at 30 x 2,917 =
     * 87,510.00 KZT each, paid on one register of 175,020.00 KZT and under recourse; a denial; a
     * claim of a minor approved at 30 x 3,450 = 103,500.00 in 2023; a Georgian's claim received.
     */
    @Test
    void theDemoClaimsStandInSeveralStatesWithTheLawsAmounts() {
        Http auditor = as("auditor");
        JsonObject proceeding = auditor.get("api/proceedings?article=128&limit=500").json().getJsonArray("items")
                .stream().map(JsonObject.class::cast)
                .filter(item -> item.getString("registrationNumber").equals("DEMO-P-2021-0128")).findFirst().orElseThrow();
        var claims = auditor.get("api/claims?proceedingId=" + proceeding.getString("id")).json().getJsonArray("items")
                .stream().map(JsonObject.class::cast).toList();

        assertThat(claims).extracting(claim -> claim.getString("status"))
                .containsExactlyInAnyOrder("RECOURSE_OPENED", "RECOURSE_OPENED", "DENIED");
        assertThat(claims).filteredOn(claim -> claim.getString("status").equals("RECOURSE_OPENED"))
                .allSatisfy(claim -> assertThat(claim.getJsonObject("amount").getString("amount")).isEqualTo("87510.00"));
        assertThat(auditor.get("api/registers?limit=500").jsonArray("items").stream().map(JsonObject.class::cast)
                .anyMatch(register -> register.getString("status").equals("PAID")
                        && register.getJsonObject("total").getString("amount").equals("175020.00"))).isTrue();
        assertThat(auditor.get("api/claims?status=RECEIVED&category=trafficking-in-persons&limit=500").body())
                .contains("\"recognisedOn\":\"2025-06-20\"");
        assertThat(auditor.get("api/claims?category=trafficking-in-minors&status=APPROVED&limit=500").body())
                .contains("\"amount\":\"103500.00\"");
    }
}
