package kz.registry.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import kz.registry.testing.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * The open data over HTTP, without signing in, on H2 and PostgreSQL (the test deployment switches
 * it on and rebuilds it after 2 s). The test files claims in a year of filing nobody else uses,
 * built so that one victim would stand out: a foreign girl among eight Kazakhstani adults. Then it
 * reads the tables as anyone could and tries to find her.
 */
class OpenDataIT extends DeployedRegistry {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final List<String> TABLES = List.of("year", "category", "origin", "sex", "minor");

    @Test
    void theStatisticsHideTheOneForeignGirlAndEverythingThatWouldGiveHerAway() {
        Http clerk = as("clerk");
        int year = unusedYearOfFiling();
        LocalDate filed = LocalDate.of(year, 2, 1);
        LocalDate decided = LocalDate.of(year, 3, 3);
        String proceeding = TestLedger.created(clerk.post("api/proceedings", "application/json", """
                {"registrationNumber": "OD-%s", "articles": ["128", "135"], "prosecutingBody": "Almaty police department",
                 "stage": "PRE_TRIAL_INVESTIGATION", "registeredOn": "%d-01-05"}""".formatted(RUN, year)));
        List<String> approved = new ArrayList<>();
        // the girl: foreign, a minor, the only claim of her category that year
        claim(clerk, victim(clerk, "KG", "FEMALE", true), proceeding, "trafficking-in-minors", filed);
        for (int i = 0; i < 8; i++) {
            String claim = claim(clerk, victim(clerk, "KZ", i < 3 ? "FEMALE" : "MALE", false), proceeding,
                    "trafficking-in-persons", filed);
            if (i >= 2) { // six of the eight approved on the same day
                TestLedger.move(clerk, claim, "UNDER_REVIEW", filed.plusDays(5).toString(), null);
                TestLedger.move(clerk, claim, "APPROVED", decided.toString(), null);
                approved.add(claim);
            }
        }
        BigDecimal approvedSum = approved.stream().map(claim -> new BigDecimal(clerk.get("api/claims/" + claim).json()
                .getJsonObject("amount").getString("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<String, List<Map<String, String>>> tables = new HashMap<>();
        for (String table : TABLES) {
            tables.put(table, rowsOf(awaitYear(table, year), year));
        }

        Map<String, String> total = tables.get("year").getFirst();
        assertThat(total).containsEntry("victims", "9").containsEntry("claims", "9").containsEntry("claims_approved", "6")
                .containsEntry("claims_decided", "6").containsEntry("hidden", "").containsEntry("decision_hidden", "");
        assertThat(new BigDecimal(total.get("approved_kzt"))).isEqualByComparingTo(approvedSum);
        long days = ChronoUnit.DAYS.between(filed, decided);
        assertThat(new BigDecimal(total.get("mean_days_to_decision")))
                .isEqualByComparingTo(BigDecimal.valueOf(days).setScale(1, RoundingMode.UNNECESSARY));

        // her origin, her age and her category are each a cell of one: hidden, with the cell beside it
        assertHidden(tables.get("origin"), "origin", "foreign", "small-cell");
        assertHidden(tables.get("origin"), "origin", "domestic", "complementary");
        assertHidden(tables.get("minor"), "minor", "true", "small-cell");
        assertHidden(tables.get("minor"), "minor", "false", "complementary");
        assertHidden(tables.get("category"), "category", "trafficking-in-minors", "small-cell");
        assertHidden(tables.get("category"), "category", "trafficking-in-persons", "complementary");
        // four women and girls are fewer than five: hidden with the five men
        assertHidden(tables.get("sex"), "sex", "female", "small-cell");
        assertHidden(tables.get("sex"), "sex", "male", "complementary");

        // as a reader would attack: the year's total less the published cells of any table is nothing or at least 5
        for (String table : TABLES.subList(1, TABLES.size())) {
            for (String count : List.of("victims", "claims")) {
                long published = tables.get(table).stream().filter(row -> row.get("hidden").isEmpty())
                        .mapToLong(row -> Long.parseLong(row.get(count))).sum();
                long residual = Long.parseLong(total.get(count)) - published;
                assertThat(residual == 0 || residual >= 5).as(table + " " + count + " leaves " + residual).isTrue();
            }
        }
        // and the page's JSON says the same as the files
        JsonObject origin = http.get("api/open-data").json().getJsonArray("statistics").getValuesAs(JsonObject.class)
                .stream().filter(table -> table.getString("dimension").equals("origin")).findFirst().orElseThrow();
        JsonObject foreign = origin.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getInt("year") == year && row.getString("value").equals("foreign")).findFirst()
                .orElseThrow();
        assertThat(foreign.getString("hidden")).isEqualTo("small-cell");
        assertThat(foreign.containsKey("victims")).isFalse();
    }

    @Test
    void spendingIsAFiscalDataPackageWithTheRatesItWasConvertedAt() {
        Http finance = as("finance");
        int year = TestLedger.openUnusedYear(finance);
        String city = "Open-city-" + RUN;
        String shelter = TestLedger.created(finance.post("api/shelters", "application/json", """
                {"name": "Open shelter %s", "city": "%s", "operator": "Test NGO"}""".formatted(RUN, city)));
        String appropriation = TestLedger.created(finance.post("api/appropriations", "application/json", """
                {"year": %d, "source": "republican-budget", "purpose": "shelter-assistance", "amount": "900000.00",
                 "currency": "KZT", "valueDate": "%d-01-10"}""".formatted(year, year)));
        TestLedger.created(finance.post("api/allocations", "application/json", """
                {"appropriationId": "%s", "shelterId": "%s", "amount": "700000.00", "currency": "KZT",
                 "valueDate": "%d-02-01"}""".formatted(appropriation, shelter, year)));
        TestLedger.created(finance.post("api/allocations", "application/json", """
                {"appropriationId": "%s", "caseNumber": "OD-CASE-%s", "amount": "50000.00", "currency": "KZT",
                 "valueDate": "%d-02-02"}""".formatted(appropriation, RUN, year)));

        String csv = awaitBody("api/open-data/spending/spending.csv", "Open shelter " + RUN);
        List<Map<String, String>> rows = csv(csv);
        Map<String, String> toShelter = rows.stream().filter(row -> row.get("shelter").equals("Open shelter " + RUN))
                .findFirst().orElseThrow();
        assertThat(toShelter).containsEntry("fiscal_year", String.valueOf(year)).containsEntry("city", city)
                .containsEntry("source", "republican-budget").containsEntry("purpose", "shelter-assistance")
                .containsEntry("shelter_id", shelter).containsEntry("allocated_kzt", "700000.00");
        assertThat(toShelter.get("purpose_name")).startsWith("Shelter assistance");
        // converted on the basis the deployment names (the demo's US TIP 2018: 331.31 KZT per USD, from the seed's
        // printed pairs): 700,000 / 331.31 = 2,112.8248... -> 2,112.82
        assertThat(toShelter).containsEntry("allocated_usd", "2112.82").containsEntry("kzt_per_unit", "331.31")
                .containsEntry("unavailable", "");
        assertThat(toShelter.get("rate_basis")).contains("US TIP 2018");
        assertThat(toShelter.get("rate_what")).contains("US TIP 2018");
        // the appropriation and the money for the investigation sit in the row without a shelter; no case is named
        Map<String, String> noShelter = rows.stream().filter(row -> row.get("fiscal_year").equals(String.valueOf(year))
                && row.get("shelter").isEmpty()).findFirst().orElseThrow();
        assertThat(noShelter).containsEntry("appropriated_kzt", "900000.00").containsEntry("allocated_kzt", "50000.00")
                .containsEntry("appropriated_usd", "2716.49"); // 900,000 / 331.31 = 2,716.4891...
        assertThat(csv).doesNotContain("OD-CASE-" + RUN);

        Http.Reply descriptor = http.get("api/open-data/spending/datapackage.json");
        assertThat(descriptor.status()).isEqualTo(200);
        assertThat(violations("fiscal-data-package.json", descriptor.body())).isEmpty();
        // the schema does hold a package to something: without its fiscal model it is refused
        String withoutModel = descriptor.json().entrySet().stream().filter(entry -> !entry.getKey().equals("model"))
                .collect(jakarta.json.Json::createObjectBuilder, (builder, entry) -> builder.add(entry.getKey(), entry.getValue()),
                        jakarta.json.JsonObjectBuilder::addAll).build().toString();
        assertThat(violations("fiscal-data-package.json", withoutModel)).isNotEmpty();
        JsonObject model = descriptor.json().getJsonObject("model");
        assertThat(model.getJsonObject("measures").getJsonObject("paid_kzt").getString("phase")).isEqualTo("executed");
        assertThat(model.getJsonObject("measures").getJsonObject("allocated_usd").getString("currency")).isEqualTo("USD");
        assertThat(model.getJsonObject("dimensions").keySet()).containsExactlyInAnyOrder("date", "source", "purpose",
                "shelter", "city");
        // every column the model names is a column of the file, and every column of the file is described
        List<String> header = List.of(csv.substring(0, csv.indexOf('\r')).split(","));
        assertThat(descriptor.json().getJsonArray("resources").getJsonObject(0).getJsonObject("schema")
                .getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(field -> field.getString("name")))
                .containsExactlyElementsOf(header);
    }

    @Test
    void theCompensationPackageIsATabularDataPackageWhoseTablesAreItsFiles() {
        Http.Reply descriptor = http.get("api/open-data/compensation/datapackage.json");
        assertThat(descriptor.status()).as(descriptor.toString()).isEqualTo(200);
        assertThat(violations("tabular-data-package.json", descriptor.body())).isEmpty();
        for (JsonObject resource : descriptor.json().getJsonArray("resources").getValuesAs(JsonObject.class)) {
            Http.Reply file = http.get("api/open-data/compensation/" + resource.getString("path"));
            assertThat(file.status()).as(resource.getString("path")).isEqualTo(200);
            assertThat(file.contentType()).startsWith("text/csv");
            List<String> header = List.of(file.body().substring(0, file.body().indexOf('\r')).split(","));
            assertThat(resource.getJsonObject("schema").getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                    .map(field -> field.getString("name"))).containsExactlyElementsOf(header);
        }
        assertThat(descriptor.json().getString("description")).contains("fewer than 5 victims");
    }

    @Test
    void anyoneMayKeepTheFilesUntilTheyAreRebuiltAndAskAgainCheaply() {
        Http.Reply file = http.get("api/open-data/compensation/compensation-by-year.csv");
        assertThat(file.status()).isEqualTo(200);
        // any cache may keep it, for what is left of the 2 s the test deployment rebuilds after
        List<String> cacheControl = List.of(file.header("Cache-Control").orElseThrow().split(", *"));
        assertThat(cacheControl).hasSize(2).contains("public").anyMatch(directive -> directive.matches("max-age=[0-2]"));
        assertThat(file.header("Last-Modified")).isPresent();
        String tag = file.header("ETag").orElseThrow();
        Http.Reply again = http.get("api/open-data/compensation/compensation-by-year.csv", "If-None-Match", tag);
        // unchanged unless a claim was filed in between by another test
        assertThat(again.status()).isIn(200, 304);
        if (again.status() == 304) {
            assertThat(again.body()).isEmpty();
        }
        Http.Reply missing = http.get("api/open-data/compensation/victims.csv");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().getString("detail")).contains("GET /api/open-data lists them");
    }

    @Test
    void theZipHoldsBothPackagesInTheirFolders() throws IOException, InterruptedException {
        JsonObject index = http.get("api/open-data").json();
        Set<String> listed = index.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(file -> file.getString("path")).collect(Collectors.toSet());
        assertThat(listed).contains("spending/datapackage.json", "spending/spending.csv", "compensation/datapackage.json",
                "compensation/compensation-by-year.csv", "compensation/compensation-by-minor.csv");
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                root().resolve("api/open-data/open-data.zip")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/zip");
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(entries.get("compensation/datapackage.json")).contains("\"profile\"");
    }

    // --- helpers

    /** The first year of filing from 2061 on that no claim has: read from the published years. */
    private int unusedYearOfFiling() {
        Set<Integer> used = rows(http.get("api/open-data/compensation/compensation-by-year.csv").body()).stream()
                .map(row -> Integer.parseInt(row.get("year"))).collect(Collectors.toSet());
        for (int year = 2061; year < 2090; year++) {
            if (!used.contains(year)) {
                return year;
            }
        }
        throw new IllegalStateException("every year from 2061 to 2089 has claims: use a fresh database");
    }

    private String victim(Http clerk, String citizenship, String sex, boolean minor) {
        String victim = TestLedger.created(clerk.post("api/victims", "application/json", """
                {"citizenship": "%s", "sex": "%s", "minor": %s, "exploitation": "SEX_TRAFFICKING",
                 "identity": {"fullName": "Open Secretname %s"}}""".formatted(citizenship, sex, minor, RUN)));
        return victim;
    }

    private String claim(Http clerk, String victim, String proceeding, String category, LocalDate filed) {
        TestLedger.created(clerk.post("api/victims/" + victim + "/recognitions", "application/json",
                "{\"proceedingId\": \"" + proceeding + "\", \"recognisedOn\": \"" + filed.minusDays(10) + "\"}"));
        return TestLedger.created(clerk.post("api/claims", "application/json", """
                {"victimId": "%s", "proceedingId": "%s", "category": "%s", "filedOn": "%s"}"""
                .formatted(victim, proceeding, category, filed)));
    }

    /** A table's file once the publication was rebuilt with the year in it (2 s at most, read for 10 s). */
    private String awaitYear(String table, int year) {
        String path = "api/open-data/compensation/compensation-by-" + table + ".csv";
        return awaitBody(path, "\r\n" + year + ",");
    }

    private String awaitBody(String path, String expected) {
        for (int attempt = 0; attempt < 40; attempt++) {
            Http.Reply reply = http.get(path);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            if (reply.body().contains(expected)) {
                return reply.body();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(path + " never showed " + expected.strip());
    }

    private static List<Map<String, String>> rowsOf(String csv, int year) {
        return rows(csv).stream().filter(row -> row.get("year").equals(String.valueOf(year))).toList();
    }

    private static List<Map<String, String>> rows(String csv) {
        return csv(csv);
    }

    private static List<Map<String, String>> csv(String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(text)) {
            if (header == null) {
                header = record.getFields();
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.getField(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static void assertHidden(List<Map<String, String>> rows, String column, String value, String why) {
        Map<String, String> row = rows.stream().filter(candidate -> candidate.get(column).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + value + " in " + rows));
        assertThat(row).as(value).containsEntry("hidden", why).containsEntry("victims", "").containsEntry("claims", "")
                .containsEntry("approved_kzt", "").containsEntry("mean_days_to_decision", "");
    }

    /** What the specification's JSON Schema finds wrong with a descriptor. */
    private static List<String> violations(String schema, String descriptor) {
        try (InputStream in = OpenDataIT.class.getResourceAsStream("/datapackage/" + schema)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in)
                    .validate(descriptor, InputFormat.JSON).stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
