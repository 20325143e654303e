package kz.registry.budget.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The budget as finance officers post it and auditors read it, over HTTP. Each test posts under
 * purposes of its own (named with this run's id), so the tests run in any order and again on a
 * kept database, and the demo data's own totals stay the seed's.
 */
class BudgetIT extends DeployedRegistry {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** Fiscal years are Kazakhstan's calendar years; demo mode opens the current one. */
    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear();

    private Http finance;

    @BeforeEach
    void signIn() {
        finance = as("finance");
    }

    // --- helpers: what a finance officer sends --------------------------------------------

    private String purpose(String name) {
        String code = name + "-" + RUN;
        Http.Reply added = finance.post("api/purposes", "application/json",
                "{\"code\":\"" + code + "\",\"name\":\"" + name + " (test run " + RUN + ")\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return code;
    }

    private Http.Reply appropriate(int year, String purpose, String amount, String... headers) {
        return finance.post("api/appropriations", "application/json", """
                {"year": %d, "source": "republican-budget", "purpose": "%s", "amount": "%s", "currency": "KZT",
                 "valueDate": "%d-01-04", "description": "test appropriation"}""".formatted(year, purpose, amount, year),
                headers);
    }

    private String appropriation(int year, String purpose, String amount) {
        Http.Reply posted = appropriate(year, purpose, amount);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.json().getString("id");
    }

    private Http.Reply allocate(String appropriationId, String target, String amount, String date, String... headers) {
        return finance.post("api/allocations", "application/json", """
                {"appropriationId": "%s", %s, "amount": "%s", "currency": "KZT", "valueDate": "%s"}"""
                .formatted(appropriationId, target, amount, date), headers);
    }

    private String allocation(String appropriationId, String target, String amount, String date) {
        Http.Reply posted = allocate(appropriationId, target, amount, date);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.json().getString("id");
    }

    private Http.Reply spend(String kind, String allocationId, String amount, String date) {
        return finance.post("api/" + kind, "application/json", """
                {"allocationId": "%s", "amount": "%s", "currency": "KZT", "valueDate": "%s"}"""
                .formatted(allocationId, amount, date));
    }

    private Http.Reply reverse(String kind, String id, String reason) {
        return finance.post("api/" + kind + "/" + id + "/reversal", "application/json",
                "{\"reason\": \"" + reason + "\"}");
    }

    private Map<String, String> shelterIds() {
        Map<String, String> ids = new TreeMap<>();
        finance.get("api/shelters?limit=100").jsonArray("items").forEach(item -> ids.put(
                item.asJsonObject().getString("name"), item.asJsonObject().getString("id")));
        return ids;
    }

    private static String shelter(String id) {
        return "\"shelterId\": \"" + id + "\"";
    }

    private static String investigation(String caseNumber) {
        return "\"caseNumber\": \"" + caseNumber + "\"";
    }

    /** One "against" figure of an entry: what the given kind uses of it, or has left. */
    private static String against(JsonObject entry, String kind, String figure) {
        return entry.getJsonArray("against").stream().map(JsonObject.class::cast)
                .filter(use -> use.getString("kind").equals(kind)).findFirst().orElseThrow()
                .getJsonObject(figure).getString("amount");
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // --- the seed's year ------------------------------------------------------------------

    /**
     * Done-when of the budget issue: a finance officer records the seed's 2017 budget (159 million
     * KZT over the 11 shelters, 3.7 million for investigations) and reads back 162.7 million KZT,
     * and USD at the report's rate with its provenance. 162,700,000 / 331.31 = 491,080.8608 ->
     * $491,080.86 (the report rounds it to $491,080); 159,000,000 / 331.31 = 479,913.0723 ->
     * $479,913.07; 3,700,000 / 331.31 = 11,167.7885 -> $11,167.79.
     */
    @Test
    void theSeeds2017BudgetRecordedOverRestReadsBackAs162Point7MillionKzt() {
        String shelters = purpose("shelters");
        String investigations = purpose("investigations");
        String forShelters = appropriation(2017, shelters, "159000000.00");
        String forInvestigations = appropriation(2017, investigations, "3700000.00");
        List<String> ids = new ArrayList<>(shelterIds().values());
        assertThat(ids).hasSizeGreaterThanOrEqualTo(11);
        for (int i = 0; i < 11; i++) { // 4 x 17 million + 7 x 13 million = 159 million
            allocation(forShelters, shelter(ids.get(i)), i < 4 ? "17000000.00" : "13000000.00", "2017-02-01");
        }
        allocation(forInvestigations, investigation("IT-" + RUN + "-1"), "2000000.00", "2017-03-01");
        allocation(forInvestigations, investigation("IT-" + RUN + "-2"), "1700000.00", "2017-05-15");

        Http.Reply totals = finance.get("api/appropriations/totals?fiscalYear=2017&purpose=" + shelters
                + "&purpose=" + investigations + "&to=USD&basis=fixed&fixedRate=" + url("TIP 2018"));

        assertThat(totals.status()).as(totals.toString()).isEqualTo(200);
        JsonObject total = totals.json().getJsonObject("total");
        assertThat(total.getJsonObject("kzt").getJsonObject("allocated").getString("amount")).isEqualTo("162700000.00");
        assertThat(total.getJsonObject("kzt").getJsonObject("appropriated").getString("amount")).isEqualTo("162700000.00");
        JsonObject usd = total.getJsonObject("converted").getJsonObject("allocated");
        assertThat(usd.getJsonObject("converted").getString("amount")).isEqualTo("491080.86");
        assertThat(usd.getJsonObject("converted").getString("currency")).isEqualTo("USD");
        JsonObject rate = usd.getJsonArray("rates").stream().map(JsonObject.class::cast)
                .filter(used -> used.getString("currency").equals("USD")).findFirst().orElseThrow();
        assertThat(rate.getString("kztPerUnit")).startsWith("331.31");
        assertThat(rate.getString("what")).contains("TIP 2018");
        assertThat(totals.json().getString("basis")).contains("TIP 2018");
        Map<String, String> byPurpose = totals.json().getJsonArray("purposes").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(p -> p.getString("purpose"), p -> p.getJsonObject("figures")
                        .getJsonObject("converted").getJsonObject("allocated").getJsonObject("converted")
                        .getString("amount")));
        assertThat(byPurpose).containsEntry(shelters, "479913.07").containsEntry(investigations, "11167.79");
    }

    /**
     * Demo mode posts the seed's years: 2017 gives 162.7 million KZT allocated and paid, 2016 25.97
     * million; at the 2017 report's rate 333.30, 25,970,000 / 333.30 = 77,917.79 ($77,918 in the report).
     */
    @Test
    void theDemoBudgetGivesTheSeedsTotals() {
        String seedPurposes = "&purpose=shelter-assistance&purpose=investigation-assistance&source=republican-budget";
        JsonObject year2017 = as("auditor").get("api/appropriations/totals?fiscalYear=2017" + seedPurposes
                + "&basis=fixed&fixedRate=" + url("TIP 2018")).json().getJsonObject("total");
        assertThat(year2017.getJsonObject("kzt").getJsonObject("allocated").getString("amount")).isEqualTo("162700000.00");
        assertThat(year2017.getJsonObject("kzt").getJsonObject("paid").getString("amount")).isEqualTo("162700000.00");
        assertThat(year2017.getJsonObject("converted").getJsonObject("allocated").getJsonObject("converted")
                .getString("amount")).isEqualTo("491080.86");

        JsonObject year2016 = as("auditor").get("api/appropriations/totals?fiscalYear=2016" + seedPurposes
                + "&basis=fixed&fixedRate=" + url("TIP 2017")).json().getJsonObject("total");
        assertThat(year2016.getJsonObject("kzt").getJsonObject("allocated").getString("amount")).isEqualTo("25970000.00");
        assertThat(year2016.getJsonObject("converted").getJsonObject("allocated").getJsonObject("converted")
                .getString("amount")).isEqualTo("77917.79");
    }

    // --- the life of an allocation ----------------------------------------------------------

    @Test
    void commitmentControlRefusesWhatExceedsTheLimitAndSaysWhatIsLeft() {
        String purpose = purpose("control");
        String appropriationId = appropriation(THIS_YEAR, purpose, "1000.00");
        String shelterId = shelterIds().values().iterator().next();
        String first = allocation(appropriationId, shelter(shelterId), "600.00", THIS_YEAR + "-02-01");

        Http.Reply tooMuch = allocate(appropriationId, investigation("IT-" + RUN), "500.00", THIS_YEAR + "-02-02");

        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
        assertThat(tooMuch.contentType()).startsWith("application/problem+json");
        assertThat(tooMuch.json().getString("detail")).contains("400.00 KZT left to allocate").contains("500.00 KZT");
        allocation(appropriationId, investigation("IT-" + RUN), "400.00", THIS_YEAR + "-02-02");
        JsonObject appropriation = finance.get("api/appropriations/" + appropriationId).json();
        assertThat(against(appropriation, "allocation", "used")).isEqualTo("1000.00");
        assertThat(against(appropriation, "allocation", "remaining")).isEqualTo("0.00");

        assertThat(spend("commitments", first, "600.00", THIS_YEAR + "-02-10").status()).isEqualTo(201);
        assertThat(spend("commitments", first, "0.01", THIS_YEAR + "-02-10").status()).isEqualTo(422);
        assertThat(spend("payments", first, "250.00", THIS_YEAR + "-03-01").status()).isEqualTo(201);
        Http.Reply overpaid = spend("payments", first, "350.01", THIS_YEAR + "-04-01");
        assertThat(overpaid.status()).as(overpaid.toString()).isEqualTo(422);
        assertThat(overpaid.json().getString("detail")).contains("350.00 KZT left to pay");
        JsonObject allocation = finance.get("api/allocations/" + first).json();
        assertThat(against(allocation, "commitment", "used")).isEqualTo("600.00");
        assertThat(against(allocation, "payment", "used")).isEqualTo("250.00");
        assertThat(against(allocation, "payment", "remaining")).isEqualTo("350.00");
        assertThat(allocation.getJsonObject("target").getString("shelterId")).isEqualTo(shelterId);
        assertThat(allocation.getString("purpose")).isEqualTo(purpose);
    }

    /**
     * A refusal answers in the caller's language (Accept-Language: English, Russian, Kazakh), with the same
     * type, status and fields in each; a language the registry does not speak gets English.
     */
    @Test
    void refusalsSpeakTheCallersLanguageWithTheSameTypeAndFields() {
        String appropriationId = appropriation(THIS_YEAR, purpose("words"), "1000.00");
        allocation(appropriationId, investigation("W-" + RUN), "600.00", THIS_YEAR + "-02-01");
        java.util.Map<String, Http.Reply> refused = new java.util.LinkedHashMap<>();
        for (String language : List.of("en-GB", "ru-RU,ru;q=0.9,en;q=0.5", "kk-KZ", "fr-FR")) {
            refused.put(language, allocate(appropriationId, investigation("W-" + RUN), "500.00", THIS_YEAR + "-02-02",
                    "Accept-Language", language));
        }
        refused.values().forEach(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
            assertThat(reply.json().getString("type")).isEqualTo("urn:kz-registry:problem:business-rule");
        });
        assertThat(refused.get("en-GB").json().getString("detail")).contains("400.00 KZT left to allocate");
        assertThat(refused.get("en-GB").header("Content-Language")).contains("en");
        JsonObject russian = refused.get("ru-RU,ru;q=0.9,en;q=0.5").json();
        assertThat(russian.getString("title")).isEqualTo("Это запрещено правилом реестра");
        assertThat(russian.getString("detail")).isEqualTo("В ассигновании на 1000.00 KZT осталось для распределения"
                + " 400.00 KZT (распределено 600.00 KZT); запрошено 500.00 KZT.");
        assertThat(refused.get("ru-RU,ru;q=0.9,en;q=0.5").header("Content-Language")).contains("ru");
        JsonObject kazakh = refused.get("kk-KZ").json();
        assertThat(kazakh.getString("title")).isEqualTo("Мұны тізілім ережесі тыйым салады");
        assertThat(kazakh.getString("detail")).isEqualTo("1000.00 KZT бюджеттік бекітуінде бөлуге 400.00 KZT қалды"
                + " (600.00 KZT бөлінді); 500.00 KZT сұралды.");
        assertThat(refused.get("fr-FR").json().getString("detail")).isEqualTo(refused.get("en-GB").json().getString("detail"));

        // a field's refusal: the same fields named, the message in the language
        java.util.Map<String, JsonObject> noTarget = new java.util.LinkedHashMap<>();
        for (String language : List.of("en", "ru", "kk")) {
            Http.Reply reply = finance.post("api/allocations", "application/json", """
                    {"appropriationId": "%s", "caseNumber": "W-1", "recipient": "NGO", "amount": "10.00", "currency": "KZT",
                     "valueDate": "%d-03-01"}""".formatted(appropriationId, THIS_YEAR), "Accept-Language", language);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            noTarget.put(language, reply.json());
        }
        assertThat(noTarget.values()).extracting(problem -> problem.getString("type") + " "
                + problem.getJsonArray("errors").getJsonObject(0).getString("field")).containsOnly(
                "urn:kz-registry:problem:invalid-input target");
        assertThat(noTarget.get("ru").getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("укажите ровно одного получателя: приют, номер уголовного дела (для расследования) или иного"
                        + " получателя (указано: 2)");
        assertThat(noTarget.get("kk").getString("title")).isEqualTo("Сұраныста қате өрістер бар");
        assertThat(noTarget.get("kk").getJsonArray("errors").getJsonObject(0).getString("message"))
                .startsWith("дәл бір алушыны көрсетіңіз");
        JsonObject appropriation = finance.get("api/appropriations/" + appropriationId).json();
        assertThat(against(appropriation, "allocation", "used")).as("nothing refused was posted").isEqualTo("600.00");
    }

    /** A list's search (q) finds words in the description, case number or recipient, taken literally. */
    @Test
    void entriesAreFoundByWordsTakenLiterally() {
        String mark = UUID.randomUUID().toString().substring(0, 8); // this test's own word: RUN is in other tests' entries
        String appropriationId = appropriation(THIS_YEAR, purpose("search"), "1000.00");
        String byCase = allocation(appropriationId, investigation("SRCH-" + mark), "10.00", THIS_YEAR + "-02-01");
        String byRecipient = allocation(appropriationId, "\"recipient\": \"Hotline 100% " + mark + "\"", "20.00",
                THIS_YEAR + "-02-01");
        java.util.function.Function<String, List<String>> found = words -> finance.get("api/allocations?fiscalYear="
                        + THIS_YEAR + "&limit=500&q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8))
                .json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("id")).toList();
        assertThat(found.apply("srch-" + mark)).containsExactly(byCase);
        assertThat(found.apply("100% " + mark)).containsExactly(byRecipient);
        assertThat(found.apply("1_0% " + mark)).as("_ is a character, not any character").isEmpty();
        assertThat(found.apply(mark)).containsExactlyInAnyOrder(byCase, byRecipient);
    }

    /** Between two value dates, both included; either end may be left open; the wrong way round is refused. */
    @Test
    void entriesAreFoundBetweenTwoValueDays() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String appropriationId = appropriation(THIS_YEAR, purpose("days"), "1000.00");
        String march = allocation(appropriationId, investigation("DAYS-" + mark + "-1"), "10.00", THIS_YEAR + "-03-01");
        String april = allocation(appropriationId, investigation("DAYS-" + mark + "-2"), "20.00", THIS_YEAR + "-04-30");
        String may = allocation(appropriationId, investigation("DAYS-" + mark + "-3"), "30.00", THIS_YEAR + "-05-01");
        java.util.function.Function<String, List<String>> found = days -> finance.get("api/allocations?fiscalYear="
                        + THIS_YEAR + "&limit=500&q=days-" + mark + days).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("id")).toList();
        assertThat(found.apply("")).containsExactlyInAnyOrder(march, april, may);
        assertThat(found.apply("&valueFrom=" + THIS_YEAR + "-03-01&valueTo=" + THIS_YEAR + "-04-30"))
                .containsExactlyInAnyOrder(march, april);
        assertThat(found.apply("&valueFrom=" + THIS_YEAR + "-03-02")).containsExactlyInAnyOrder(april, may);
        assertThat(found.apply("&valueTo=" + THIS_YEAR + "-03-01")).containsExactly(march);

        Http.Reply backwards = finance.get("api/allocations?valueFrom=" + THIS_YEAR + "-05-01&valueTo=" + THIS_YEAR
                + "-04-30", "Accept-Language", "ru");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("valueTo");
        assertThat(backwards.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("раньше первого дня (" + THIS_YEAR + "-05-01): последний день не может быть раньше первого");
        assertThat(finance.get("api/payments?valueFrom=the-first").status()).isEqualTo(400);
    }

    @Test
    void aReversalUndoesAnEntryWhichStaysAsPostedAndIsAudited() {
        String appropriationId = appropriation(THIS_YEAR, purpose("reversals"), "500.00");
        String allocationId = allocation(appropriationId, investigation("IT-R-" + RUN), "500.00", THIS_YEAR + "-05-01");
        String paymentId = spend("payments", allocationId, "200.00", THIS_YEAR + "-05-20").json().getString("id");

        Http.Reply early = reverse("allocations", allocationId, "entered twice");
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.json().getString("detail")).contains("payments").contains("200.00 KZT");
        Http.Reply noReason = finance.post("api/payments/" + paymentId + "/reversal", "application/json", "{}");
        assertThat(noReason.status()).isEqualTo(400);

        Http.Reply reversal = reverse("payments", paymentId, "paid to the wrong account");

        assertThat(reversal.status()).as(reversal.toString()).isEqualTo(201);
        assertThat(reversal.json().getJsonObject("amount").getString("amount")).isEqualTo("-200.00");
        assertThat(reversal.json().getString("reverses")).isEqualTo(paymentId);
        assertThat(reversal.json().getString("description")).isEqualTo("paid to the wrong account");
        JsonObject original = finance.get("api/payments/" + paymentId).json();
        assertThat(original.getJsonObject("amount").getString("amount")).isEqualTo("200.00"); // never edited
        assertThat(original.getString("reversedBy")).isEqualTo(reversal.json().getString("id"));
        assertThat(against(finance.get("api/allocations/" + allocationId).json(), "payment", "used")).isEqualTo("0.00");
        assertThat(reverse("payments", paymentId, "again").status()).isEqualTo(422);
        assertThat(reverse("payments", reversal.json().getString("id"), "undo the undo").status()).isEqualTo(422);
        // a reversed allocation takes nothing more, and frees its appropriation
        assertThat(reverse("allocations", allocationId, "entered twice").status()).isEqualTo(201);
        Http.Reply afterReversal = spend("payments", allocationId, "1.00", THIS_YEAR + "-06-01");
        assertThat(afterReversal.status()).isEqualTo(422);
        assertThat(afterReversal.json().getString("detail")).contains("reversed");
        assertThat(against(finance.get("api/appropriations/" + appropriationId).json(), "allocation", "remaining"))
                .isEqualTo("500.00");

        JsonObject trail = as("auditor").get("api/audit?aggregateType=payment&aggregateId=" + paymentId).json();
        assertThat(trail.getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(entry -> entry.getString("action")).toList()).containsExactly("CREATED", "REVERSED");
    }

    @Test
    void whatDoesNotFitIsRefusedWithTheFieldsNamed() {
        String appropriationId = appropriation(THIS_YEAR, purpose("input"), "100.00");

        Http.Reply noTarget = finance.post("api/allocations", "application/json", """
                {"appropriationId": "%s", "amount": "10.00", "currency": "KZT", "valueDate": "%d-03-01"}"""
                .formatted(appropriationId, THIS_YEAR));
        Http.Reply twoTargets = allocate(appropriationId, investigation("A-1") + ", \"recipient\": \"NGO\"", "10.00",
                THIS_YEAR + "-03-01");
        Http.Reply otherYear = allocate(appropriationId, investigation("A-1"), "10.00", (THIS_YEAR - 1) + "-12-31");
        Http.Reply dollars = finance.post("api/allocations", "application/json", """
                {"appropriationId": "%s", "caseNumber": "A-1", "amount": "10.00", "currency": "USD", "valueDate": "%d-03-01"}"""
                .formatted(appropriationId, THIS_YEAR));
        Http.Reply tooPrecise = allocate(appropriationId, investigation("A-1"), "10.001", THIS_YEAR + "-03-01");
        Http.Reply unknownParent = allocate(UUID.randomUUID().toString(), investigation("A-1"), "10.00",
                THIS_YEAR + "-03-01");
        Http.Reply unknownShelter = allocate(appropriationId, shelter(UUID.randomUUID().toString()), "10.00",
                THIS_YEAR + "-03-01");
        Http.Reply unknownPurpose = appropriate(THIS_YEAR, "no-such-purpose-" + RUN, "10.00");
        Http.Reply negative = allocate(appropriationId, investigation("A-1"), "-10.00", THIS_YEAR + "-03-01");

        assertThat(noTarget.status()).isEqualTo(400);
        assertThat(noTarget.json().toString()).contains("target");
        assertThat(twoTargets.status()).isEqualTo(400);
        assertThat(otherYear.status()).isEqualTo(400);
        assertThat(otherYear.json().toString()).contains("valueDate");
        assertThat(dollars.status()).isEqualTo(422);
        assertThat(dollars.json().getString("detail")).contains("KZT").contains("USD");
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(unknownParent.status()).isEqualTo(404);
        assertThat(unknownShelter.status()).isEqualTo(400);
        assertThat(unknownPurpose.status()).isEqualTo(400);
        assertThat(negative.status()).isEqualTo(400);
        JsonObject appropriation = finance.get("api/appropriations/" + appropriationId).json();
        assertThat(against(appropriation, "allocation", "used")).as("nothing refused was posted").isEqualTo("0.00");
        assertThat(as("auditor").post("api/allocations", "application/json", "{}").status()).isEqualTo(403);
    }

    // --- concurrency ------------------------------------------------------------------------

    /** Twenty finance officers' requests race for the last tenge: exactly one gets it. */
    @Test
    void twentyParallelAllocationsNeverOverspendTheAppropriation() throws Exception {
        String appropriationId = appropriation(THIS_YEAR, purpose("race"), "100.00");
        allocation(appropriationId, investigation("RACE-0"), "99.00", THIS_YEAR + "-06-01");

        List<Integer> statuses = race(20, i -> allocate(appropriationId, investigation("RACE-" + (i + 1)), "1.00",
                THIS_YEAR + "-06-02").status());

        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
        JsonObject appropriation = finance.get("api/appropriations/" + appropriationId).json();
        assertThat(against(appropriation, "allocation", "used")).isEqualTo("100.00");
        assertThat(finance.get("api/allocations?appropriationId=" + appropriationId).json().getInt("total"))
                .isEqualTo(2);
    }

    @Test
    void parallelPaymentsNeverExceedTheirAllocation() throws Exception {
        String appropriationId = appropriation(THIS_YEAR, purpose("pay-race"), "5.00");
        String allocationId = allocation(appropriationId, investigation("PAY-RACE"), "5.00", THIS_YEAR + "-06-01");

        List<Integer> statuses = race(20, i -> spend("payments", allocationId, "1.00", THIS_YEAR + "-06-03").status());

        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(5);
        assertThat(statuses.stream().filter(status -> status == 422)).hasSize(15);
        assertThat(against(finance.get("api/allocations/" + allocationId).json(), "payment", "used"))
                .isEqualTo("5.00");
    }

    /** The same request with the same key, sent twice and then by ten clients at once: one record. */
    @Test
    void aRetriedPostWithItsIdempotencyKeyAnswersWithTheFirstRecord() throws Exception {
        String appropriationId = appropriation(THIS_YEAR, purpose("retries"), "100.00");
        String key = "alloc-" + RUN;

        Http.Reply first = allocate(appropriationId, investigation("RETRY-1"), "10.00", THIS_YEAR + "-07-01",
                "Idempotency-Key", key);
        Http.Reply retry = allocate(appropriationId, investigation("RETRY-1"), "10.00", THIS_YEAR + "-07-01",
                "Idempotency-Key", key);
        List<String> racing = race(10, i -> allocate(appropriationId, investigation("RETRY-2"), "5.00",
                THIS_YEAR + "-07-02", "Idempotency-Key", key + "-race").json().getString("id"));
        Http.Reply otherRequest = allocate(appropriationId, investigation("RETRY-1"), "11.00", THIS_YEAR + "-07-01",
                "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(Set.copyOf(racing)).hasSize(1);
        assertThat(otherRequest.status()).as(otherRequest.toString()).isEqualTo(422);
        assertThat(otherRequest.json().getString("detail")).contains(key);
        assertThat(finance.get("api/allocations?appropriationId=" + appropriationId).json().getInt("total"))
                .as("one allocation per key").isEqualTo(2);
    }

    private static <T> List<T> race(int clients, Racer<T> racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                Callable<T> call = () -> {
                    start.await();
                    return racer.run(client);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Racer<T> {
        T run(int client) throws Exception;
    }

    // --- periods ----------------------------------------------------------------------------

    /** A year of its own, far ahead, that no earlier run opened: closing it cannot disturb other tests. */
    private int unusedYear() {
        Set<Integer> used = finance.get("api/periods").array().stream()
                .map(period -> period.asJsonObject().getInt("year")).collect(Collectors.toSet());
        for (int year = 2099; year > 2040; year--) {
            if (!used.contains(year)) {
                return year;
            }
        }
        throw new IllegalStateException("no unused year left between 2041 and 2099: use a fresh database");
    }

    @Test
    void aClosedYearAcceptsNothingAndStaysClosed() {
        int year = unusedYear();
        String purpose = purpose("closing");
        assertThat(appropriate(year, purpose, "10.00").status()).as("a year not opened takes nothing").isEqualTo(422);
        assertThat(finance.post("api/periods", "application/json", "{\"year\": " + year + "}").status()).isEqualTo(201);
        assertThat(finance.post("api/periods", "application/json", "{\"year\": " + year + "}").status()).isEqualTo(409);
        String appropriationId = appropriation(year, purpose, "10.00");
        String allocationId = allocation(appropriationId, investigation("CLOSE-1"), "4.00", year + "-03-01");
        Http.Reply period = finance.get("api/periods/" + year);
        String etag = period.header("ETag").orElseThrow();

        assertThat(finance.put("api/periods/" + year, "application/json", "{\"state\": \"CLOSED\"}").status())
                .as("no If-Match").isEqualTo(428);
        Http.Reply closed = finance.put("api/periods/" + year, "application/json", "{\"state\": \"CLOSED\"}",
                "If-Match", etag);

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("state")).isEqualTo("CLOSED");
        assertThat(closed.json().getString("closedBy")).isEqualTo("finance");
        assertThat(finance.put("api/periods/" + year, "application/json", "{\"state\": \"CLOSED\"}", "If-Match", etag)
                .status()).as("stale ETag").isEqualTo(409);
        String newTag = closed.header("ETag").orElseThrow();
        assertThat(finance.put("api/periods/" + year, "application/json", "{\"state\": \"OPEN\"}", "If-Match", newTag)
                .status()).as("no reopening").isEqualTo(422);
        for (Http.Reply refused : List.of(appropriate(year, purpose, "1.00"),
                allocate(appropriationId, investigation("CLOSE-2"), "1.00", year + "-04-01"),
                spend("payments", allocationId, "1.00", year + "-04-01"),
                reverse("allocations", allocationId, "too late"))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.json().getString("detail")).contains("closed");
        }
        assertThat(against(finance.get("api/appropriations/" + appropriationId).json(), "allocation", "used"))
                .isEqualTo("4.00");
    }

    @Test
    void aMisspeltFieldIsRefusedByNameNotIgnored() {
        String purpose = purpose("misspelt");
        Http.Reply refused = finance.post("api/appropriations", "application/json", """
                {"year": %d, "source": "republican-budget", "purpose": "%s", "amount": "10.00", "currency": "KZT",
                 "valuedate": "%d-03-01"}""".formatted(THIS_YEAR, purpose, THIS_YEAR));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("valuedate");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("valueDate");
        assertThat(finance.get("api/appropriations?purpose=" + purpose).json().getInt("total")).isZero();
    }

    @Test
    void noMoneyGoesToAShelterForAYearBeforeItOpened() {
        Http.Reply registered = finance.post("api/shelters", "application/json", """
                {"name": "Opened 2018 %s", "city": "Aktobe", "operator": "NGO", "openedYear": 2018}""".formatted(RUN));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String shelterId = registered.json().getString("id");
        String purpose = purpose("opening");

        Http.Reply early = allocate(appropriation(2017, purpose, "1000.00"), shelter(shelterId), "100.00", "2017-06-01");
        Http.Reply inTime = allocate(appropriation(THIS_YEAR, purpose, "1000.00"), shelter(shelterId), "100.00",
                THIS_YEAR + "-06-01");

        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.json().getString("detail")).contains("opened in 2018").contains("fiscal year 2017");
        assertThat(inTime.status()).as(inTime.toString()).isEqualTo(201);
    }

    // --- bulk entry -------------------------------------------------------------------------

    @Test
    void aFileIsPostedWholeOrNotAtAllWithEveryBadLineNamed() {
        String appropriationId = appropriation(THIS_YEAR, purpose("bulk"), "1000.00");
        String good = """
                appropriation,shelter,case_number,recipient,amount,currency,value_date,description
                %1$s,Astana trafficking shelter,,,300.00,KZT,%2$d-01-15,"Grant, first half"
                %1$s,,BULK-%3$s,,200.00,KZT,%2$d-02-15,Pre-trial shelter
                %1$s,,,Hotline operator NGO,100.00,KZT,%2$d-03-15,
                """.formatted(appropriationId, THIS_YEAR, RUN);
        String bad = good + """
                %1$s,No such shelter,,,10.00,KZT,%2$d-03-15,
                %1$s,,BULK-2,,ten,KZT,%2$d-03-15,
                %1$s,,BULK-3,,500.00,KZT,%2$d-03-15,over the limit
                """.formatted(appropriationId, THIS_YEAR);

        Http.Reply refused = finance.post("api/allocations/imports", "text/csv", bad);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> lines = refused.json().getJsonArray("errors").stream()
                .map(error -> error.asJsonObject().getString("field")).toList();
        assertThat(lines).containsExactly("line 5", "line 6", "line 7");
        assertThat(refused.json().toString()).contains("No such shelter").contains("400.00 KZT left to allocate");
        assertThat(finance.get("api/allocations?appropriationId=" + appropriationId).json().getInt("total"))
                .as("nothing of a refused file is posted").isZero();

        String header = good.lines().findFirst().orElseThrow() + "\n";
        Http.Reply empty = finance.post("api/allocations/imports", "text/csv", header);
        Http.Reply emptyInTheBackground = finance.post("api/allocations/imports", "text/csv", header,
                "Prefer", "respond-async");
        Http.Reply unclosed = finance.post("api/allocations/imports", "text/csv",
                good.replace("\"Grant, first half\"", "\"Grant, first half"));

        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.json().toString()).contains("has a header but no lines");
        assertThat(emptyInTheBackground.status()).as("refused at once, not as a job that fails")
                .isEqualTo(400);
        assertThat(emptyInTheBackground.json().toString()).contains("has a header but no lines");
        assertThat(unclosed.status()).as(unclosed.toString()).isEqualTo(400);
        assertThat(unclosed.json().toString()).contains("the quote opened on line 2 is never closed");
        assertThat(finance.get("api/allocations?appropriationId=" + appropriationId).json().getInt("total")).isZero();

        String key = "file-" + RUN;
        Http.Reply posted = finance.post("api/allocations/imports", "text/csv", good, "Idempotency-Key", key);
        Http.Reply again = finance.post("api/allocations/imports", "text/csv", good, "Idempotency-Key", key);

        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(posted.json().getInt("entries")).isEqualTo(3);
        assertThat(posted.json().getJsonObject("totals").getJsonObject("KZT").getString("amount")).isEqualTo("600.00");
        assertThat(again.json().getString("id")).isEqualTo(posted.json().getString("id"));
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(finance.get("api/allocations?appropriationId=" + appropriationId).json().getInt("total"))
                .isEqualTo(3);
        JsonObject batch = as("auditor").get(posted.header("Location").orElseThrow()
                .replaceFirst("^.*/api/", "api/")).json();
        assertThat(batch.getInt("entries")).isEqualTo(3);
    }

    @Test
    void aLargeFileRunsInTheBackgroundWithItsProgress() throws Exception {
        String appropriationId = appropriation(THIS_YEAR, purpose("bulk-async"), "100000.00");
        String allocationId = allocation(appropriationId, investigation("ASYNC-" + RUN), "100000.00",
                THIS_YEAR + "-01-10");
        StringBuilder file = new StringBuilder("allocation,amount,currency,value_date,description\n");
        for (int i = 0; i < 2_500; i++) { // 2,500 payments of 40.00 = 100,000.00: exactly the allocation
            file.append(allocationId).append(",40.00,KZT,").append(THIS_YEAR).append("-02-01,payment ").append(i)
                    .append('\n');
        }

        Set<Path> uploadsBefore = uploadsOnDisk();
        Http.Reply accepted = finance.post("api/payments/imports", "text/csv", file.toString(),
                "Prefer", "respond-async");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String job = accepted.header("Location").orElseThrow().replaceFirst("^.*/api/", "api/");
        JsonObject state = finance.get(job).json();
        for (int i = 0; i < 120 && state.getString("status").equals("RUNNING"); i++) {
            Thread.sleep(500);
            state = finance.get(job).json();
        }
        assertThat(state.getString("status")).as(state.toString()).isEqualTo("DONE");
        assertThat(state.getInt("done")).isEqualTo(2_500);
        JsonObject allocation = finance.get("api/allocations/" + allocationId).json();
        assertThat(against(allocation, "payment", "used")).isEqualTo("100000.00");
        assertThat(finance.get("api/payments?batchId=" + state.getString("batchId")).json().getInt("total"))
                .isEqualTo(2_500);
        assertThat(uploadsOnDisk()).as("the file, kept on disk while it was posted, is deleted when the job ends")
                .isSubsetOf(uploadsBefore);
    }

    /** The files the server keeps imports in while it reads them (it runs on this machine, with its temporary directory). */
    private static Set<Path> uploadsOnDisk() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("registry-upload-"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
