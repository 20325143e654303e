package kz.registry.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import kz.registry.testing.Workbooks;
import kz.registry.testing.Seed;
import kz.registry.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The auditors' reports over HTTP, on H2 and PostgreSQL. Each test posts a small data set of its
 * own (a year no earlier run opened, purposes, a shelter, a city and a proceeding named with this
 * run's id) and filters the reports down to it, so every expected figure below is worked out by
 * hand from what the test posted, whatever else the database holds.
 */
class ReportsIT extends DeployedRegistry {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private Http finance;
    private Http auditor;
    private Http clerk;

    @BeforeEach
    void signIn() {
        finance = as("finance");
        auditor = as("auditor");
        clerk = as("clerk");
    }

    // --- the year in the report's words -------------------------------------------------------

    /**
     * Done-when: the demo's 2017 (the seed's figures) at the report's rate 331.31 reads as the seed.
     * Other tests record budgets in 2017 under purposes of their own, so the summary counts the
     * demo's two purposes, as the report's "direct victim assistance" does.
     */
    @Test
    void theDemos2017ReadsAsTheSeedAtTheReportsRate() {
        String query = "api/reports/years/2017/summary?basis=fixed&fixedRate=" + url("TIP 2018")
                + "&purpose=shelter-assistance,investigation-assistance";
        Http.Reply summary = auditor.get(query);
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.json().getString("sentence")).isEqualTo(Seed.SENTENCE_2017);
        // 162,700,000 / 331.31 = 491,080.8608 -> 491,080.86; 25,970,000 / 331.31 = 78,385.80
        assertThat(converted(summary.json().getJsonObject("allocated"))).isEqualTo("491080.86");
        assertThat(converted(summary.json().getJsonObject("previous"))).isEqualTo("78385.80");
        assertThat(summary.json().getJsonObject("allocated").getJsonArray("rates").getJsonObject(1).getString("source"))
                .contains("TIP report 2018");

        Http.Reply csv = finance.get(query + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(YearSummaryResource.LINES);
        // unavailable is empty (every figure converted), and so are rounded (a fixed rate prints no figure its own
        // way), shelter and city (the money went to several)
        assertThat(lines.get(1)).startsWith("2017,total,,,162700000.00,491080.86,USD,").endsWith('"' + Seed.SENTENCE_2017
                + "\",,,,");
        assertThat(lines).contains("2016,previous-year,,,25970000.00,78385.80,USD,fixed rate 'TIP 2018',331.310000000000,"
                + "\"fixed rate 'TIP 2018', revision 1\",\"US TIP report 2018, Kazakhstan: 162.7 million KZT = $491,080 (derived)\",,,,,");
    }

    // --- spending ----------------------------------------------------------------------------------

    /**
     * A year of the test's own:
     * <pre>
     * appropriation A1 republican-budget, purpose alpha   1,000,000.00
     *   allocation to shelter S (city C)                    600,000.00
     *     commitment                                        400,000.00
     *       payment                                         250,000.00
     *   allocation to investigation RPT-run                 150,000.00
     *   allocation to shelter S, then reversed               50,000.00 - 50,000.00
     * appropriation A2 donor, purpose beta                  500,000.00
     *   allocation to shelter S                             200,000.00
     * </pre>
     * At a fixed 500.00 KZT per USD: 750,000 -> $1,500.00; 200,000 -> $400.00; 950,000 -> $1,900.00.
     */
    @Test
    void spendingGroupsAndFiltersTheLedgerAndConvertsOnAStatedBasis() {
        int year = openUnusedYear();
        String alpha = purpose("alpha", "Alpha aid: help of the first kind");
        String beta = purpose("beta", "Beta aid");
        String city = "Rpt-city-" + RUN;
        String shelter = created(finance.post("api/shelters", "application/json", """
                {"name": "Report shelter %s", "city": "%s", "operator": "Test NGO"}""".formatted(RUN, city)));
        String caseNumber = "RPT-" + RUN;
        String a1 = created(finance.post("api/appropriations", "application/json", """
                {"year": %d, "source": "republican-budget", "purpose": "%s", "amount": "1000000.00", "currency": "KZT",
                 "valueDate": "%d-01-10"}""".formatted(year, alpha, year)));
        String a2 = created(finance.post("api/appropriations", "application/json", """
                {"year": %d, "source": "donor", "purpose": "%s", "amount": "500000.00", "currency": "KZT",
                 "valueDate": "%d-01-10"}""".formatted(year, beta, year)));
        String toShelter = allocation(a1, "\"shelterId\": \"" + shelter + "\"", "600000.00", year + "-02-01");
        allocation(a1, "\"caseNumber\": \"" + caseNumber + "\"", "150000.00", year + "-02-02");
        String mistaken = allocation(a1, "\"shelterId\": \"" + shelter + "\"", "50000.00", year + "-02-03");
        assertThat(finance.post("api/allocations/" + mistaken + "/reversal", "application/json",
                "{\"reason\": \"posted twice\"}").status()).isEqualTo(201);
        allocation(a2, "\"shelterId\": \"" + shelter + "\"", "200000.00", year + "-02-04");
        String commitment = created(finance.post("api/commitments", "application/json", """
                {"allocationId": "%s", "amount": "400000.00", "currency": "KZT", "valueDate": "%d-03-01"}"""
                .formatted(toShelter, year)));
        assertThat(commitment).isNotBlank();
        created(finance.post("api/payments", "application/json", """
                {"allocationId": "%s", "amount": "250000.00", "currency": "KZT", "valueDate": "%d-04-01"}"""
                .formatted(toShelter, year)));
        String rate = "RPT " + RUN;
        assertThat(finance.post("api/rates/fixed", "application/json", """
                {"name": "%s", "currency": "USD", "kztPerUnit": "500.00", "description": "a round test rate"}"""
                .formatted(rate)).status()).isEqualTo(201);

        String byPurpose = "api/reports/spending?year=" + year + "&groupBy=purpose,source&basis=fixed&fixedRate=" + url(rate);
        Http.Reply report = auditor.get(byPurpose);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonObject alphaRow = row(report.json(), "purpose", alpha);
        assertThat(alphaRow.getString("source")).isEqualTo("republican-budget");
        assertThat(kzt(alphaRow)).isEqualTo(List.of("1000000.00", "750000.00", "400000.00", "250000.00"));
        JsonObject alphaUsd = alphaRow.getJsonObject("converted");
        assertThat(converted(alphaUsd.getJsonObject("allocated"))).isEqualTo("1500.00");
        assertThat(converted(alphaUsd.getJsonObject("paid"))).isEqualTo("500.00");
        assertThat(alphaUsd.getJsonObject("paid").getString("basis")).isEqualTo("fixed rate '" + rate + "'");
        assertThat(alphaUsd.getJsonObject("paid").getJsonArray("rates").getJsonObject(1).getString("kztPerUnit"))
                .startsWith("500.00");
        JsonObject betaRow = row(report.json(), "purpose", beta);
        assertThat(betaRow.getString("source")).isEqualTo("donor");
        assertThat(kzt(betaRow)).isEqualTo(List.of("500000.00", "200000.00", "0.00", "0.00"));
        assertThat(report.json().getJsonObject("total").getJsonObject("converted").getJsonObject("allocated")
                .getString("amount")).isEqualTo("1900.00");

        // by shelter: the shelter's row, and the group without one (appropriations, the investigation)
        Http.Reply byShelter = auditor.get("api/reports/spending?year=" + year + "&groupBy=shelter&purpose=" + alpha + ","
                + beta + "&basis=fixed&fixedRate=" + url(rate));
        JsonObject shelterRow = row(byShelter.json(), "shelterId", shelter);
        assertThat(shelterRow.getString("city")).isEqualTo(city);
        assertThat(kzt(shelterRow)).isEqualTo(List.of("0.00", "800000.00", "400000.00", "250000.00"));
        JsonObject untargeted = byShelter.json().getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> !r.containsKey("shelterId")).findFirst().orElseThrow();
        assertThat(kzt(untargeted)).isEqualTo(List.of("1500000.00", "150000.00", "0.00", "0.00"));

        Http.Reply inCity = auditor.get("api/reports/spending?year=" + year + "&city=" + url(city) + "&groupBy=city"
                + "&basis=fixed&fixedRate=" + url(rate));
        assertThat(inCity.json().getJsonArray("rows")).hasSize(1);
        assertThat(kzt(inCity.json().getJsonArray("rows").getJsonObject(0)))
                .isEqualTo(List.of("0.00", "800000.00", "400000.00", "250000.00"));
        Http.Reply investigation = auditor.get("api/reports/spending?year=" + year + "&caseNumber=" + caseNumber
                + "&groupBy=investigation&basis=fixed&fixedRate=" + url(rate));
        assertThat(row(investigation.json(), "caseNumber", caseNumber).getJsonObject("kzt").getJsonObject("allocated")
                .getString("amount")).isEqualTo("150000.00");

        // the default basis is the year's average: a year far ahead has no rates, and the report says so
        Http.Reply noRates = auditor.get("api/reports/spending?year=" + year + "&purpose=" + alpha);
        assertThat(noRates.json().getJsonArray("rows").getJsonObject(0).getString("unavailable"))
                .contains("no KZT to USD rate").contains("average of the official rates of " + year);
        assertThat(noRates.json().getJsonArray("rows").getJsonObject(0).getJsonObject("kzt").getJsonObject("allocated")
                .getString("amount")).as("the tenge are known without a rate").isEqualTo("750000.00");
        // the ledger's totals and an entry say it in the same words, and still give the tenge
        Http.Reply totals = finance.get("api/appropriations/totals?fiscalYear=" + year + "&purpose=" + alpha);
        assertThat(totals.status()).as(totals.toString()).isEqualTo(200);
        JsonObject total = totals.json().getJsonObject("total");
        assertThat(total.getJsonObject("kzt").getJsonObject("allocated").getString("amount")).isEqualTo("750000.00");
        assertThat(total.containsKey("converted")).as(total.toString()).isFalse();
        assertThat(total.getString("unavailable")).startsWith("no KZT to USD rate on the basis: average of the official"
                + " rates of " + year + ". ");
        JsonObject usd = finance.get("api/appropriations/" + a1).json().getJsonArray("equivalents").stream()
                .map(JsonObject.class::cast).filter(equivalent -> equivalent.getString("currency").equals("USD"))
                .findFirst().orElseThrow();
        assertThat(usd.containsKey("conversion")).as(usd.toString()).isFalse();
        assertThat(usd.getString("unavailable")).startsWith("no KZT to USD rate on the basis: official rate of " + year
                + "-01-10. ");
        // a page of entries on one basis for all: each restated at the fixed rate, the tenge as they are
        JsonObject page = finance.get("api/appropriations?fiscalYear=" + year + "&purpose=" + alpha
                + "&basis=fixed&fixedRate=" + url(rate)).json();
        assertThat(page.getJsonArray("items")).hasSize(1);
        List<JsonObject> listed = page.getJsonArray("items").getJsonObject(0).getJsonArray("equivalents")
                .getValuesAs(JsonObject.class);
        assertThat(listed).extracting(equivalent -> equivalent.getString("currency")).containsExactly("KZT", "USD");
        // 1,000,000 KZT at 500 KZT per dollar
        assertThat(listed.get(1).getJsonObject("conversion").getJsonObject("converted").getString("amount"))
                .isEqualTo("2000.00");
        assertThat(listed.get(0).getJsonObject("conversion").getJsonObject("converted").getString("amount"))
                .isEqualTo("1000000.00");

        // the reasons and the provenance in the caller's language, the figures the same; the answer says which
        // language it speaks and that it varies with the asking
        Http.Reply russian = finance.get("api/appropriations/totals?fiscalYear=" + year + "&purpose=" + alpha,
                "Accept-Language", "ru-RU,ru;q=0.9");
        assertThat(russian.header("Content-Language")).contains("ru");
        assertThat(russian.header("Vary").orElseThrow()).contains("Accept-Language");
        assertThat(russian.json().getJsonObject("total").getJsonObject("kzt").getJsonObject("allocated")
                .getString("amount")).isEqualTo("750000.00");
        assertThat(russian.json().getString("basis")).isEqualTo("средний официальный курс за " + year + " год");
        assertThat(russian.json().getJsonObject("total").getString("unavailable")).isEqualTo("нет курса KZT к USD на"
                + " основе «средний официальный курс за " + year + " год». Нет официальных курсов USD за " + year
                + " год: для среднего за год нужны курсы этого года.");
        JsonObject kazakhEquivalent = finance.get("api/appropriations/" + a1, "Accept-Language", "kk").json()
                .getJsonArray("equivalents").stream().map(JsonObject.class::cast)
                .filter(equivalent -> equivalent.getString("currency").equals("USD")).findFirst().orElseThrow();
        assertThat(kazakhEquivalent.getString("unavailable")).startsWith("«" + year + "-01-10 күнгі ресми бағам»"
                + " негізінде KZT валютасынан USD валютасына бағам жоқ. ").doesNotContain("rate");
        JsonObject inRussian = finance.get("api/appropriations?fiscalYear=" + year + "&purpose=" + alpha
                + "&basis=fixed&fixedRate=" + url(rate), "Accept-Language", "ru").json().getJsonArray("items")
                .getJsonObject(0).getJsonArray("equivalents").getJsonObject(1).getJsonObject("conversion");
        assertThat(inRussian.getJsonObject("converted").getString("amount")).isEqualTo("2000.00");
        assertThat(inRussian.getString("basis")).isEqualTo("фиксированный курс «" + rate + "»");
        assertThat(inRussian.getJsonArray("rates").getJsonObject(0).getString("what")).isEqualTo("сам тенге");
        assertThat(inRussian.getJsonArray("rates").getJsonObject(1).getString("what"))
                .isEqualTo("фиксированный курс «" + rate + "», редакция 1");
        assertThat(inRussian.getJsonArray("rates").getJsonObject(1).getString("source"))
                .as("a description someone typed stays as written").isEqualTo("a round test rate");

        // the same report as CSV, by its documented columns
        Http.Reply csv = finance.get(byPurpose, "Accept", "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition").orElseThrow()).contains("spending.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(SpendingColumns.ROWS);
        assertThat(lines).contains(year + ",republican-budget," + alpha + ",,,,,1000000.00,750000.00,400000.00,250000.00,"
                + "USD,2000.00,1500.00,800.00,500.00,fixed rate '" + rate + "',500.000000000000,\"fixed rate '" + rate
                + "', revision 1\",,a round test rate,,,,,");

        // unchanged, the report answers 304 to its own ETag; a new posting changes it
        String etag = report.header("ETag").orElseThrow();
        assertThat(auditor.get(byPurpose, "If-None-Match", etag).status()).isEqualTo(304);
        allocation(a2, "\"caseNumber\": \"" + caseNumber + "\"", "1.00", year + "-05-01");
        Http.Reply changed = auditor.get(byPurpose, "If-None-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag").orElseThrow()).isNotEqualTo(etag);

        // the year in the report's words, on the test's rate: 950,001 KZT -> 0.95 million, $1,900.00
        Http.Reply sentence = auditor.get("api/reports/years/" + year + "/summary?basis=fixed&fixedRate=" + url(rate)
                + "&purpose=" + alpha + "," + beta);
        assertThat(sentence.json().getString("sentence")).isEqualTo("In " + year + ", the government allocated "
                + "0.95 million KZT ($1,900) to direct victim assistance, including 0.75 million KZT ($1,500) for alpha "
                + "aid and 0.2 million KZT ($400) for beta aid.");

        // on a basis with no rate for the year (its year average: no official rate in it), the same figures in tenge,
        // the conversion marked unavailable with the reason, as the totals and the spending report answer
        Http.Reply inTenge = auditor.get("api/reports/years/" + year + "/summary?purpose=" + alpha + "," + beta);
        assertThat(inTenge.status()).as(inTenge.toString()).isEqualTo(200);
        assertThat(inTenge.json().getString("sentence")).isEqualTo("In " + year + ", the government allocated "
                + "0.95 million KZT to direct victim assistance, including 0.75 million KZT for alpha aid and 0.2 million"
                + " KZT for beta aid.");
        assertThat(inTenge.json().getJsonObject("kzt").getString("amount")).isEqualTo("950001.00");
        // alpha: 600,000 + 150,000 + 50,000 - 50,000 reversed; beta: 200,000 + 1
        assertThat(inTenge.json().getJsonArray("purposes").getJsonObject(0).getJsonObject("kzt").getString("amount"))
                .isEqualTo("750000.00");
        assertThat(inTenge.json().containsKey("allocated")).as("no conversion to show").isFalse();
        assertThat(inTenge.json().getString("unavailable")).contains("no KZT to USD rate");
        List<String> summaryCsv = auditor.get("api/reports/years/" + year + "/summary?purpose=" + alpha + "," + beta
                + "&format=csv").body().lines().toList();
        assertThat(summaryCsv.get(1)).startsWith(year + ",total,,,950001.00,,,,,,,").contains("no KZT to USD rate");
        assertThat(inTenge.json().getBoolean("atLeast")).as("a year not marked incomplete is no floor").isFalse();
    }

    @Test
    void theLedgerExportStreamsEveryEntryInBothFormats() {
        int year = openUnusedYear();
        String purpose = purpose("export", "Export check");
        String appropriation = created(finance.post("api/appropriations", "application/json", """
                {"year": %d, "source": "local-budget", "purpose": "%s", "amount": "3000.00", "currency": "KZT",
                 "valueDate": "%d-01-10"}""".formatted(year, purpose, year)));
        String allocation = allocation(appropriation, "\"recipient\": \"Hotline, \\\"Sana Sezim\\\"\"", "1000.00",
                year + "-02-01");
        assertThat(finance.post("api/allocations/" + allocation + "/reversal", "application/json",
                "{\"reason\": \"wrong recipient\"}").status()).isEqualTo(201);

        Http.Reply csv = auditor.get("api/reports/spending/entries?year=" + year + "&purpose=" + purpose + "&format=csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(SpendingColumns.ENTRIES);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith(appropriation + ",appropriation," + year + ",local-budget," + purpose + ",,,,,,,"
                + "3000.00,KZT," + year + "-01-10,,");
        // a recipient with a comma and quotes stays one cell; the reversal is the negative amount
        assertThat(lines.get(2)).contains(",\"Hotline, \"\"Sana Sezim\"\"\",1000.00,KZT,");
        assertThat(lines.get(3)).contains(",-1000.00,KZT,").contains("," + allocation + ",");

        Http.Reply json = auditor.get("api/reports/spending/entries?year=" + year + "&purpose=" + purpose);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.array()).hasSize(3);
        JsonObject first = json.array().getJsonObject(0);
        assertThat(first.keySet()).containsExactlyElementsOf(Arrays.asList(SpendingColumns.ENTRIES.split(",")));
        assertThat(first.getString("amount")).isEqualTo("3000.00");
        assertThat(json.array().getJsonObject(2).getString("reverses_id")).isEqualTo(allocation);

        // the same as a workbook: the header row frozen, amounts as numbers with two decimals, days as dates
        List<List<Cell>> sheet = Workbooks.firstSheet(auditor.getBytes("api/reports/spending/entries?year=" + year + "&purpose="
                + purpose + "&format=xlsx"));
        assertThat(sheet).hasSize(4);
        assertThat(sheet.getFirst()).extracting(Cell::getText).containsExactlyElementsOf(Arrays.asList(SpendingColumns.ENTRIES.split(",")));
        List<String> names = Arrays.asList(SpendingColumns.ENTRIES.split(","));
        int amount = names.indexOf("amount");
        int valueDate = names.indexOf("value_date");
        assertThat(sheet.get(1).get(amount).getType()).isEqualTo(CellType.NUMBER);
        assertThat(sheet.get(1).get(amount).asNumber()).isEqualByComparingTo("3000.00");
        assertThat(sheet.get(1).get(amount).getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(sheet.get(3).get(amount).asNumber()).isEqualByComparingTo("-1000.00");
        assertThat(sheet.get(1).get(valueDate).asDate().toLocalDate()).isEqualTo(java.time.LocalDate.of(year, 1, 10));
        assertThat(sheet.get(1).get(valueDate).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(sheet.get(1).get(names.indexOf("fiscal_year")).asNumber()).isEqualByComparingTo("" + year);
        assertThat(sheet.get(2)).extracting(cell -> cell == null ? null : cell.getText()).contains("Hotline, \"Sana Sezim\"");

        assertThat(auditor.get("api/reports/spending/entries?year=" + year + "&format=xml").status()).isEqualTo(400);
        Http.Reply badGrouping = auditor.get("api/reports/spending?groupBy=colour");
        assertThat(badGrouping.status()).isEqualTo(400);
        assertThat(badGrouping.contentType()).startsWith("application/problem+json");
        assertThat(badGrouping.body()).contains("groupBy").contains("'colour' is not one of");
    }

    // --- compensation and the fund -----------------------------------------------------------

    /**
     * Three claims in a proceeding of the test's own, asked for as of 1 July 2025 (two months
     * before: 1 May 2025):
     * <pre>
     * C1 Uzbek victim, filed 1 Mar 2025, review 5 Mar, approved 10 Apr (40 days): 30 MCI x 3,932 = 117,960.00,
     *    paid 5 May (65 days); recourse opened 15 May, 50,000.00 recovered 20 May
     * C2 Kazakhstani victim, filed 1 Mar 2025, review 10 Mar, denied 9 Jun (100 days: later than 1 May)
     * C3 Kazakhstani minor, filed 1 Apr 2025, still received: waiting 91 days on 1 Jul, past the target
     * </pre>
     */
    @Test
    void compensationAndTheFundAddUpForAProceedingOfTheTestsOwn() {
        String number = "RPT-" + RUN;
        String proceeding = created(clerk.post("api/proceedings", "application/json", """
                {"registrationNumber": "%s", "articles": ["128-1"], "prosecutingBody": "Almaty police department",
                 "stage": "PRE_TRIAL_INVESTIGATION", "registeredOn": "2024-11-05"}""".formatted(number)));
        String uzbek = victim("UZ", false);
        String kazakh = victim("KZ", false);
        String minor = victim("KZ", true);
        for (String victim : List.of(uzbek, kazakh, minor)) {
            created(clerk.post("api/victims/" + victim + "/recognitions", "application/json",
                    "{\"proceedingId\": \"" + proceeding + "\", \"recognisedOn\": \"2025-02-20\"}"));
        }
        String first = claim(uzbek, proceeding, "2025-03-01");
        String second = claim(kazakh, proceeding, "2025-03-01");
        claim(minor, proceeding, "2025-04-01");
        move(first, "UNDER_REVIEW", "2025-03-05", null);
        move(first, "APPROVED", "2025-04-10", null);
        move(second, "UNDER_REVIEW", "2025-03-10", null);
        move(second, "DENIED", "2025-06-09", "not recognised for this harm");

        String period = "api/reports/fund?from=2025-04-11&to=2025-05-31";
        JsonObject before = auditor.get(period).json();
        created(clerk.post("api/fund/inflows", "application/json", """
                {"source": "COMPULSORY_PAYMENT", "amount": "117960.00", "valueDate": "2025-04-11",
                 "reference": "report test %s"}""".formatted(RUN)));
        String register = created(clerk.post("api/registers", "application/json",
                "{\"claimIds\": [\"" + first + "\"], \"createdOn\": \"2025-04-15\"}"));
        String etag = clerk.get("api/registers/" + register).header("ETag").orElseThrow();
        assertThat(clerk.post("api/registers/" + register + "/payment", "application/json", "{\"paidOn\": \"2025-05-05\"}",
                "If-Match", etag).status()).isEqualTo(200);
        created(clerk.post("api/proceedings/" + proceeding + "/convicted", "application/json",
                "{\"identity\": {\"fullName\": \"Convict Secretname " + RUN + "\"}, \"convictedOn\": \"2025-05-10\"}"));
        String recovery = created(clerk.post("api/recoveries", "application/json",
                "{\"claimId\": \"" + first + "\", \"openedOn\": \"2025-05-15\"}"));
        assertThat(clerk.post("api/recoveries/" + recovery + "/payments", "application/json",
                "{\"amount\": \"50000.00\", \"valueDate\": \"2025-05-20\"}").status()).isEqualTo(200);

        String byOrigin = "api/reports/compensation?proceeding=" + number + "&groupBy=origin&asOf=2025-07-01";
        Http.Reply report = auditor.get(byOrigin);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonObject foreign = keyed(report.json(), "origin", "foreign");
        assertThat(foreign.getInt("claims")).isEqualTo(1);
        assertThat(foreign.getString("approved")).isEqualTo("117960.00");
        assertThat(foreign.getString("paid")).isEqualTo("117960.00");
        assertThat(foreign.getString("recovered")).isEqualTo("50000.00");
        assertThat(foreign.getJsonNumber("averageDaysToDecision").bigDecimalValue()).isEqualByComparingTo("40");
        assertThat(foreign.getJsonNumber("averageDaysToPayment").bigDecimalValue()).isEqualByComparingTo("65");
        assertThat(foreign.getInt("waitingPastTarget")).isZero();
        JsonObject domestic = keyed(report.json(), "origin", "domestic");
        assertThat(domestic.getInt("claims")).isEqualTo(2);
        assertThat(domestic.getInt("decided")).isEqualTo(1);
        assertThat(domestic.getString("approved")).isEqualTo("0.00");
        assertThat(domestic.getInt("maxDaysToDecision")).isEqualTo(100);
        assertThat(domestic.getInt("waitingPastTarget")).isEqualTo(1);
        assertThat(domestic.getInt("decidedLate")).isEqualTo(1);
        JsonObject total = report.json().getJsonObject("total");
        assertThat(total.getInt("claims")).isEqualTo(3);
        assertThat(total.getJsonNumber("averageDaysToDecision").bigDecimalValue()).isEqualByComparingTo("70"); // (40+100)/2

        List<String> csv = auditor.get(byOrigin + "&format=csv").body().lines().toList();
        assertThat(csv.getFirst()).isEqualTo(CompensationReportResource.ROWS);
        assertThat(csv).contains(",,,domestic,,,,,2,1,0,0.00,0,0.00,0.00,100.0,100,,,1,1",
                ",,,foreign,,,,,1,1,1,117960.00,1,117960.00,50000.00,40.0,40,65.0,65,0,0");
        Http.Reply minors = auditor.get("api/reports/compensation?proceeding=" + number + "&minor=true&groupBy=status");
        assertThat(keyed(minors.json(), "status", "RECEIVED").getInt("claims")).isEqualTo(1);
        // without groupBy the report groups by the year of filing (a cast of a grouped expression H2 once refused)
        Http.Reply byYear = auditor.get("api/reports/compensation?proceeding=" + number + "&asOf=2025-07-01");
        assertThat(byYear.status()).as(byYear.toString()).isEqualTo(200);
        assertThat(keyed(byYear.json(), "year", "2025").getInt("claims")).isEqualTo(3);

        List<String> waiting = clerk.get("api/reports/compensation/waiting?proceeding=" + number + "&asOf=2025-07-01",
                "Accept", "text/csv").body().lines().toList();
        assertThat(waiting).hasSize(2);
        assertThat(waiting.get(1)).contains("," + number + ",trafficking-in-persons,RECEIVED,2025-04-01,91")
                .doesNotContain("Secretname");
        var waitingJson = clerk.get("api/reports/compensation/waiting?proceeding=" + number + "&asOf=2025-07-01").array();
        assertThat(waitingJson).hasSize(1);
        assertThat(waitingJson.getJsonObject(0).getString("filed_on")).isEqualTo("2025-04-01");
        assertThat(waitingJson.getJsonObject(0).getInt("days_waiting")).isEqualTo(91);
        assertThat(waitingJson.getJsonObject(0).getString("victim_code")).startsWith("V-");

        // lists sort the same way everywhere: the newest filing first, and a field a list does not sort on is a 400
        Http.Reply newestFirst = auditor.get("api/claims?proceedingId=" + proceeding + "&sort=-filedOn,code");
        assertThat(newestFirst.jsonArray("items").getJsonObject(0).getString("filedOn")).isEqualTo("2025-04-01");
        // by filing day, both ends included: two filed on 1 March, one on 1 April; the wrong way round is a 400
        java.util.function.Function<String, Integer> filed = days -> auditor.get("api/claims?proceedingId=" + proceeding
                + days).json().getInt("total");
        assertThat(filed.apply("&filedFrom=2025-03-01&filedTo=2025-03-01")).isEqualTo(2);
        assertThat(filed.apply("&filedFrom=2025-03-02")).isEqualTo(1);
        assertThat(filed.apply("&filedTo=2025-04-01")).isEqualTo(3);
        Http.Reply backwards = auditor.get("api/claims?filedFrom=2025-04-01&filedTo=2025-03-01", "Accept-Language", "kk");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("filedTo");
        assertThat(backwards.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("бірінші күннен (2025-04-01) бұрын: соңғы күн біріншіден бұрын бола алмайды");
        Http.Reply unsortable = auditor.get("api/claims?sort=denialReason");
        assertThat(unsortable.status()).isEqualTo(400);
        assertThat(unsortable.body()).contains("this list sorts on filedOn, code");

        Http.Reply recourse = auditor.get("api/reports/compensation/recourse?proceeding=" + number);
        assertThat(recourse.json().getString("due")).isEqualTo("117960.00");
        assertThat(recourse.json().getString("outstanding")).isEqualTo("67960.00");
        assertThat(auditor.get("api/reports/compensation/recourse?proceeding=" + number + "&format=csv").body())
                .isEqualTo(CompensationReportResource.RECOURSE + "\r\n" + number + ",1,117960.00,50000.00,67960.00\r\n");

        // the fund over the period: the test's inflow, payment and recovery, whatever else it holds
        JsonObject after = auditor.get(period).json();
        assertThat(after.getBoolean("reconciles")).isTrue();
        assertThat(amount(after, "payments").subtract(amount(before, "payments"))).isEqualByComparingTo("117960.00");
        assertThat(amount(after, "recoveries").subtract(amount(before, "recoveries"))).isEqualByComparingTo("50000.00");
        assertThat(inflow(after, "COMPULSORY_PAYMENT").subtract(inflow(before, "COMPULSORY_PAYMENT")))
                .isEqualByComparingTo("117960.00");
        assertThat(amount(after, "closing").subtract(amount(before, "closing"))).isEqualByComparingTo("50000.00");
        assertThat(amount(after, "closing")).isEqualByComparingTo(amount(after, "opening")
                .add(after.getJsonObject("inflows").values().stream().map(v -> new BigDecimal(((jakarta.json.JsonString) v)
                        .getString())).reduce(BigDecimal.ZERO, BigDecimal::add))
                .add(amount(after, "recoveries")).subtract(amount(after, "payments")));
        // the next period opens with this one's closing, and the whole history closes on the fund's balance
        JsonObject next = auditor.get("api/reports/fund?from=2025-06-01").json();
        assertThat(amount(next, "opening")).isEqualByComparingTo(amount(after, "closing"));
        JsonObject whole = auditor.get("api/reports/fund?from=2018-07-01").json();
        assertThat(amount(whole, "closing")).isEqualByComparingTo(new BigDecimal(auditor.get("api/fund").json()
                .getJsonObject("balance").getString("amount")));
        assertThat(auditor.get(period + "&format=csv").body()).startsWith(FundReportResource.LINES + "\r\n")
                .contains("\r\nclosing,," + after.getString("closing") + "\r\n");

        // nothing an auditor takes away names a victim
        for (String body : List.of(report.body(), String.join("\n", csv), String.join("\n", waiting), recourse.body())) {
            assertThat(body).doesNotContain("Secretname");
        }
        assertThat(auditor.get("api/reports/fund?from=2025-06-01&to=2025-05-01").status()).isEqualTo(400);
        assertThat(auditor.get("api/reports/compensation?origin=martian").status()).isEqualTo(400);
    }

    // --- history -------------------------------------------------------------------------------

    @Test
    void aRecordsHistorySaysWhoChangedWhatFromWhatToWhat() {
        String shelter = created(finance.post("api/shelters", "application/json", """
                {"name": "History shelter %s", "city": "Aktobe", "operator": "First NGO"}""".formatted(RUN)));
        String etag = finance.get("api/shelters/" + shelter).header("ETag").orElseThrow();
        assertThat(finance.put("api/shelters/" + shelter, "application/json", """
                {"name": "History shelter %s", "city": "Aktobe", "operator": "Second NGO"}""".formatted(RUN),
                "If-Match", etag).status()).isEqualTo(200);

        Http.Reply history = auditor.get("api/audit/records/shelter/" + shelter);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        var entries = history.json().getJsonArray("entries");
        assertThat(entries).hasSize(2);
        JsonObject change = entries.getJsonObject(1).getJsonArray("changes").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("field").equals("operator")).findFirst().orElseThrow();
        assertThat(change.getString("from")).isEqualTo("First NGO");
        assertThat(change.getString("to")).isEqualTo("Second NGO");
        assertThat(entries.getJsonObject(1).getString("actor")).isEqualTo("finance");
        assertThat(auditor.get("api/audit/records/shelter/" + shelter + "?format=csv").body().lines())
                .contains(entries.getJsonObject(1).getInt("sequence") + "," + entries.getJsonObject(1).getString("occurredAt")
                        + ",finance,UPDATED,operator,First NGO,Second NGO," + entries.getJsonObject(1).getString("correlationId"));
        assertThat(auditor.get("api/audit/records/shelter/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(auditor.get("api/audit/verification").json().getBoolean("intact")).isTrue();
    }

    // --- the published API -------------------------------------------------------------------

    /** Every body an operation takes, and every report, comes with an example; the browsable page loads. */
    @Test
    void theOpenApiDocumentHasExamplesForEveryBodyAndReportAndItsPageLoads() {
        JsonObject document = http.get("openapi", "Accept", "application/json").json();
        List<String> withoutExample = new java.util.ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!(value instanceof JsonObject operation) || !Set.of("get", "post", "put").contains(method)) {
                return;
            }
            JsonObject body = operation.getJsonObject("requestBody");
            if (body != null && !body.toString().contains("\"examples\"")) {
                withoutExample.add(method + " " + path + " (its body)");
            }
            if (path.startsWith("/api/reports") && !operation.getJsonObject("responses").toString().contains("\"examples\"")) {
                withoutExample.add(method + " " + path + " (its answer)");
            }
        }));
        assertThat(withoutExample).isEmpty();
        JsonObject summary = document.getJsonObject("paths").getJsonObject("/api/reports/years/{year}/summary")
                .getJsonObject("get");
        assertThat(summary.getString("summary")).contains("in a report's words");
        assertThat(summary.getString("description")).contains("reporting basis").contains("US TIP report 2018");
        assertThat(summary.toString()).contains("162.7 million KZT ($491,080)");
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").keySet())
                .contains("basic", "bearer");
        // the query parameters that come in groups (basis, years, filters) are declared, typed, with an example
        JsonObject spending = document.getJsonObject("paths").getJsonObject("/api/reports/spending").getJsonObject("get");
        Map<String, JsonObject> parameters = new java.util.HashMap<>();
        spending.getJsonArray("parameters").getValuesAs(JsonObject.class)
                .forEach(parameter -> parameters.put(parameter.getString("name"), parameter));
        assertThat(parameters.keySet()).contains("basis", "date", "year", "fixedRate", "fromYear", "toYear", "source",
                "purpose", "shelter", "city", "caseNumber", "groupBy", "currency");
        assertThat(parameters.get("basis").getString("description"))
                .contains("value-date", "year-average", "fixed", "the name of a reporting basis");
        assertThat(parameters.get("basisRevision").getJsonObject("schema").getString("type")).isEqualTo("integer");
        assertThat(parameters.get("date").getJsonObject("schema").getString("format")).isEqualTo("date");
        assertThat(parameters.get("shelter").getJsonObject("schema").getString("format")).isEqualTo("uuid");
        assertThat(parameters.get("fixedRate").getString("example")).isEqualTo("TIP 2018");
        List<String> untyped = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT
                    && operation.asJsonObject().containsKey("parameters")) {
                operation.asJsonObject().getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                        .filter(parameter -> !parameter.containsKey("schema")
                                || !parameter.getJsonObject("schema").containsKey("type"))
                        .forEach(parameter -> untyped.add(method + " " + path + " " + parameter.getString("name")));
            }
        }));
        assertThat(untyped).isEmpty();
        assertThat(document.getJsonObject("paths").getJsonObject("/api/reports/compensation").getJsonObject("get")
                .getJsonArray("parameters").toString()).contains("\"asOf\"", "\"citizenship\"", "\"fromYear\"");
        // identifiers and days are strings with their formats, not objects
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.getJsonObject("AllocationInput").getJsonArray("required").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList())
                .containsExactlyInAnyOrder("appropriationId", "amount", "currency", "valueDate");
        JsonObject allocation = schemas.getJsonObject("AllocationInput").getJsonObject("properties");
        for (String[] field : new String[][] {{"appropriationId", "uuid"}, {"shelterId", "uuid"}, {"valueDate", "date"}}) {
            JsonObject schema = allocation.getJsonObject(field[0]);
            if (schema.containsKey("$ref")) {
                schema = schemas.getJsonObject(schema.getString("$ref").replace("#/components/schemas/", ""));
            }
            assertThat(schema.getString("type")).as(field[0]).isEqualTo("string");
            assertThat(schema.getString("format")).as(field[0]).isEqualTo(field[1]);
            assertThat(schema.containsKey("example")).as(field[0]).isTrue();
        }

        // every field of every request body is typed and has an example (a list of records: its records' fields)
        Set<String> bodies = new java.util.TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT
                    && operation.asJsonObject().containsKey("requestBody")) {
                String body = operation.asJsonObject().getJsonObject("requestBody").toString();
                java.util.regex.Matcher ref = java.util.regex.Pattern.compile("#/components/schemas/(\\w+)").matcher(body);
                while (ref.find()) {
                    bodies.add(ref.group(1));
                }
            }
        }));
        List<String> fieldsWithoutExample = new ArrayList<>();
        java.util.Deque<String> toRead = new java.util.ArrayDeque<>(bodies);
        Set<String> read = new java.util.HashSet<>();
        while (!toRead.isEmpty()) {
            String name = toRead.pop();
            if (!read.add(name) || !schemas.containsKey(name)) {
                continue;
            }
            JsonObject properties = schemas.getJsonObject(name).getJsonObject("properties");
            if (properties == null) {
                continue;
            }
            properties.forEach((field, value) -> {
                JsonObject schema = value.asJsonObject();
                String nested = schema.toString().replaceAll(".*#/components/schemas/(\\w+).*", "$1");
                if (schema.toString().contains("#/components/schemas/")) {
                    toRead.add(nested);
                    JsonObject target = schemas.getJsonObject(nested);
                    if (target != null && target.containsKey("properties")) {
                        return; // a record: its own fields are checked
                    }
                    schema = target == null ? schema : target;
                }
                if ("array".equals(schema.getString("type", ""))) {
                    return;
                }
                if (!schema.containsKey("type") || !schema.containsKey("example")) {
                    fieldsWithoutExample.add(name + "." + field);
                }
            });
        }
        assertThat(fieldsWithoutExample).as("request fields without a type and an example").isEmpty();

        // a reporting basis's every field is described with an example
        JsonObject basisFields = schemas.getJsonObject("BasisInput").getJsonObject("properties");
        assertThat(basisFields.keySet()).contains("name", "pairs", "roundingUnit", "roundingRule", "tenge", "comparison");
        basisFields.forEach((field, schema) -> {
            if (!field.equals("pairs")) {
                assertThat(schema.asJsonObject().containsKey("example")).as(field).isTrue();
            }
        });

        Http.Reply page = http.get("openapi-ui/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js");
        Http.Reply script = http.get("webjars/swagger-ui/5.34.1/swagger-ui-bundle.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("SwaggerUIBundle");
    }

    // --- helpers -------------------------------------------------------------------------------

    private int openUnusedYear() {
        return TestLedger.openUnusedYear(finance);
    }

    private String purpose(String name, String description) {
        return TestLedger.purpose(finance, "rpt-" + name + "-" + RUN.toLowerCase(), description);
    }

    private String allocation(String appropriation, String target, String amount, String date) {
        return created(finance.post("api/allocations", "application/json", """
                {"appropriationId": "%s", %s, "amount": "%s", "currency": "KZT", "valueDate": "%s"}"""
                .formatted(appropriation, target, amount, date)));
    }

    private String victim(String citizenship, boolean minor) {
        return created(clerk.post("api/victims", "application/json", """
                {"citizenship": "%s", "sex": "FEMALE", "minor": %s, "exploitation": "FORCED_LABOUR",
                 "identity": {"fullName": "Report Secretname %s"}}""".formatted(citizenship, minor, RUN)));
    }

    private String claim(String victim, String proceeding, String filedOn) {
        return created(clerk.post("api/claims", "application/json", """
                {"victimId": "%s", "proceedingId": "%s", "category": "trafficking-in-persons", "filedOn": "%s"}"""
                .formatted(victim, proceeding, filedOn)));
    }

    private void move(String claim, String to, String on, String reason) {
        TestLedger.move(clerk, claim, to, on, reason);
    }

    private static String created(Http.Reply reply) {
        return TestLedger.created(reply);
    }

    private static JsonObject row(JsonObject report, String field, String value) {
        return report.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(row -> value.equals(row.getString(field, null))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + field + " " + value + " in " + report));
    }

    private static JsonObject keyed(JsonObject report, String dimension, String value) {
        return report.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(row -> value.equals(row.getJsonObject("keys").getString(dimension, null))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + dimension + " " + value + " in " + report));
    }

    /** appropriated, allocated, committed, paid in KZT. */
    private static List<String> kzt(JsonObject row) {
        return kz.registry.reporting.entity.SpendingReport.FIGURES.stream()
                .map(figure -> row.getJsonObject("kzt").getJsonObject(figure).getString("amount")).toList();
    }

    private static String converted(JsonObject conversion) {
        return conversion.getJsonObject("converted").getString("amount");
    }

    private static BigDecimal amount(JsonObject statement, String figure) {
        return new BigDecimal(statement.getString(figure));
    }

    private static BigDecimal inflow(JsonObject statement, String source) {
        return new BigDecimal(statement.getJsonObject("inflows").getString(source, "0"));
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
