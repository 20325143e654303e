package kz.registry.money.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rates as a finance officer brings them in and anyone converts with them. Each test uses days
 * and currencies of its own, so the tests run in any order and again on a kept database.
 */
class RatesIT extends DeployedRegistry {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private Http finance;

    @BeforeEach
    void signIn() {
        finance = as("finance");
    }

    /** The bank's daily format (docs/domain.md), for a Friday; the figures are examples. */
    private static String nbkDay(String date, String usd, String uzsPer100) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <rates>
                  <date>%s</date>
                  <item><fullname>US DOLLAR</fullname><title>USD</title><description>%s</description><quant>1</quant><index/><change/></item>
                  <item><fullname>UZBEK SUM</fullname><title>UZS</title><description>%s</description><quant>100</quant><index/><change/></item>
                </rates>
                """.formatted(date, usd, uzsPer100);
    }

    @Test
    void aDailyFileImportsOnceWithItsQuantsAndAgainChangesNothing() {
        Http.Reply first = finance.post("api/rates/imports", "application/xml", nbkDay("03.01.2014", "154.06", "6.57"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().getInt("added") + first.json().getInt("unchanged")).isEqualTo(2);

        Http.Reply again = finance.post("api/rates/imports", "application/xml", nbkDay("03.01.2014", "154.06", "6.57"));

        assertThat(again.json().getInt("added")).isZero();
        assertThat(again.json().getInt("corrected")).isZero();
        assertThat(again.json().getInt("unchanged")).isEqualTo(2);
        JsonObject uzs = finance.get("api/rates/UZS/2014-01-03").json();
        assertThat(uzs.getJsonObject("inForce").getString("kztPerUnit")).isEqualTo("0.065700000000");
        assertThat(uzs.getJsonObject("inForce").getInt("quant")).isEqualTo(100);
        assertThat(uzs.getJsonArray("revisions")).hasSize(1);
    }

    @Test
    void aFridaysRateCoversTheWeekendButNotAnOldGap() {
        finance.post("api/rates/imports", "application/xml", nbkDay("10.01.2014", "154.10", "6.56"));

        JsonObject sunday = finance.get("api/rates/USD/2014-01-12").json().getJsonObject("inForce");

        assertThat(sunday.getString("rateDate")).isEqualTo("2014-01-10");
        assertThat(sunday.getString("what")).contains("2014-01-10").contains("in force on 2014-01-12");
        // no USD rate published within 10 days before (none at all in this test's data for late 2013)
        Http.Reply stale = finance.get("api/rates/USD/2013-12-01");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(422);
        assertThat(stale.json().getString("detail")).contains("USD").contains("2013-12-01");
        Http.Reply missing = finance.get("api/conversions?amount=100&from=GEL&to=KZT&date=1999-06-01");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().getString("detail")).contains("GEL").contains("1999-06-01");
    }

    @Test
    void aMalformedFileIsRejectedWholeWithItsLinesAndWritesNothing() {
        long before = finance.get("api/rates?currency=TJS&limit=1").json().getJsonNumber("total").longValue();
        String csv = """
                date,currency,rate,quant
                2015-03-02,TJS,32.10,1
                2015-03-03,TJS,thirty,1
                2015-03-04,TJZ,32.20,1
                """;

        Http.Reply reply = finance.post("api/rates/imports", "text/csv", csv);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.jsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("line 3", "line 4");
        assertThat(finance.get("api/rates?currency=TJS&limit=1").json().getJsonNumber("total").longValue()).isEqualTo(before);
        assertThat(finance.post("api/rates/imports", "application/xml", "<rates><date>").status()).isEqualTo(400);
    }

    @Test
    void aCorrectionIsANewRevisionAndTheOldOneStays() {
        finance.post("api/rates/imports", "text/csv", "date,currency,rate,quant\n2016-06-01,EUR,380.00,1\n");
        Http.Reply day = finance.get("api/rates/EUR/2016-06-01");
        String etag = day.header("ETag").orElseThrow();
        int revisionsBefore = day.json().getJsonArray("revisions").size();

        Http.Reply corrected = finance.put("api/rates/EUR/2016-06-01", "application/json",
                "{\"rate\": \"380.%s\", \"reason\": \"typing error in run %s\"}".formatted(revisionsBefore, RUN),
                "If-Match", etag);

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        JsonObject after = finance.get("api/rates/EUR/2016-06-01").json();
        List<JsonObject> revisions = after.getJsonArray("revisions").getValuesAs(JsonObject.class);
        assertThat(revisions).hasSize(revisionsBefore + 1);
        assertThat(revisions.get(revisions.size() - 2).containsKey("supersededAt")).isTrue();
        assertThat(after.getJsonObject("inForce").getInt("revision")).isEqualTo(revisions.size());
        assertThat(finance.put("api/rates/EUR/2016-06-01", "application/json",
                "{\"rate\": \"1\", \"reason\": \"stale\"}", "If-Match", etag).status()).isEqualTo(409);
        assertThat(as("auditor").put("api/rates/EUR/2016-06-01", "application/json",
                "{\"rate\": \"1\", \"reason\": \"not mine\"}", "If-Match", etag).status()).isEqualTo(403);
    }

    @Test
    void theSeedsFiguresAtTheReportsFixedRateWithTheirProvenance() {
        // 2018 TIP report, Kazakhstan: "162.7 million KZT ($491,080) ... 159 million KZT ($479,910) ...
        // 3.7 million KZT ($11,170)", one rate for the whole report: about 331.31 KZT per USD
        String name = "TIP 2018 report " + RUN;
        Http.Reply defined = finance.post("api/rates/fixed", "application/json", """
                {"name": "%s", "currency": "USD", "kztPerUnit": "331.31",
                 "description": "US TIP report 2018, Kazakhstan: 162.7 million KZT = $491,080"}""".formatted(name));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);

        assertSeedFigure(name, "162700000", 491_080);
        assertSeedFigure(name, "159000000", 479_910);
        assertSeedFigure(name, "3700000", 11_170);

        JsonObject conversion = as("auditor").get("api/conversions?amount=162700000&from=KZT&to=USD&basis=fixed&fixedRate="
                + encode(name)).json();
        assertThat(conversion.getJsonObject("original").getString("amount")).isEqualTo("162700000.00");
        assertThat(conversion.getString("basis")).contains(name);
        assertThat(conversion.getJsonArray("rates").getValuesAs(JsonObject.class))
                .extracting(rate -> rate.getString("currency") + " " + rate.getString("kztPerUnit"))
                .containsExactly("KZT 1", "USD 331.310000000000");
        assertThat(conversion.getString("rounding")).contains("half to even");

        Http.Reply withoutBasis = as("auditor").get("api/conversions?amount=100&from=KZT&to=USD&fixedRate=" + encode(name));
        Http.Reply unknownName = as("auditor").get("api/conversions?amount=100&from=KZT&to=USD&basis=fixed&fixedRate="
                + encode("No such report " + RUN));

        assertThat(withoutBasis.status()).as("a fixed rate without basis=fixed is refused, not ignored").isEqualTo(400);
        assertThat(withoutBasis.json().toString()).contains("fixedRate").contains("basis=fixed");
        assertThat(unknownName.status()).as(unknownName.toString()).isEqualTo(422);
        assertThat(unknownName.json().getString("detail")).contains("There is no fixed rate named 'No such report")
                .contains(name);
    }

    @Test
    void theYearsAverageGivesADifferentExplainedAnswer() {
        // a made-up 2011 of weekday rates (the registry's tests hold no real series): 146 + day of month / 100
        List<BigDecimal> published = new ArrayList<>();
        StringBuilder csv = new StringBuilder("date,currency,rate,quant\n");
        for (LocalDate day = LocalDate.of(2011, 1, 1); day.getYear() == 2011; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                BigDecimal rate = new BigDecimal("146").add(BigDecimal.valueOf(day.getDayOfMonth(), 2));
                published.add(rate);
                csv.append(day).append(",USD,").append(rate.toPlainString()).append(",1\n");
            }
        }
        assertThat(finance.post("api/rates/imports", "text/csv", csv.toString()).status()).isEqualTo(200);
        BigDecimal mean = published.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(published.size()), 12, RoundingMode.HALF_EVEN);
        BigDecimal expected = new BigDecimal("162700000").divide(mean, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_EVEN);

        JsonObject conversion = as("auditor").get("api/conversions?amount=162700000&from=KZT&to=USD&basis=year-average&year=2011")
                .json();

        assertThat(new BigDecimal(conversion.getJsonObject("converted").getString("amount"))).isEqualByComparingTo(expected);
        JsonObject usd = conversion.getJsonArray("rates").getJsonObject(1);
        assertThat(usd.getInt("days")).isEqualTo(published.size());
        assertThat(new BigDecimal(usd.getString("kztPerUnit"))).isEqualByComparingTo(mean);
        assertThat(conversion.getString("basis")).isEqualTo("average of the official rates of 2011");
    }

    @Test
    void aMultiYearFileImportsInTheBackgroundAndReportsItsProgress() throws Exception {
        StringBuilder csv = new StringBuilder("date,currency,rate,quant\n");
        int rows = 0;
        for (LocalDate day = LocalDate.of(2001, 1, 1); day.getYear() <= 2003; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                for (String code : List.of("KGS", "AZN", "BYN")) {
                    csv.append(day).append(',').append(code).append(",3.").append(day.getDayOfYear() % 90 + 10).append(",1\n");
                    rows++;
                }
            }
        }

        Http.Reply accepted = finance.post("api/rates/imports", "text/csv", csv.toString(), "Prefer", "respond-async");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String job = accepted.header("Location").orElseThrow();
        assertThat(accepted.json().getInt("total")).isEqualTo(rows);
        JsonObject progress = accepted.json();
        for (int poll = 0; poll < 120 && progress.getString("status").equals("RUNNING"); poll++) {
            Thread.sleep(250);
            progress = finance.get(job.substring(job.indexOf("api/"))).json();
        }
        assertThat(progress.getString("status")).isEqualTo("DONE");
        assertThat(progress.getInt("done")).isEqualTo(rows);
        assertThat(progress.getInt("lastYear")).isEqualTo(2003);
        JsonObject report = progress.getJsonObject("report");
        assertThat(report.getInt("added") + report.getInt("unchanged")).isEqualTo(rows);
        assertThat(progress.getString("startedBy")).isEqualTo("finance");
        assertThat(as("auditor").get(job.substring(job.indexOf("api/"))).status()).isEqualTo(403);
    }

    @Test
    void theOperatorsRateDirectoryImportsEachFileWholeOrNot() throws Exception {
        java.nio.file.Path directory = java.nio.file.Path.of(System.getenv("REGISTRY_RATES_IMPORT_DIRECTORY"));
        java.nio.file.Files.createDirectories(directory);
        String good = "good-" + RUN + ".xml";
        String bad = "bad-" + RUN + ".csv";
        java.nio.file.Files.writeString(directory.resolve(good), nbkDay("06.01.2012", "148.40", "8.21"));
        java.nio.file.Files.writeString(directory.resolve(bad), "date,currency,rate,quant\n2012-02-01,MNT,0.11,1\n2012-02-02,MNT,none,1\n");

        Http.Reply reply = finance.post("api/rates/imports/directory", "application/json", "");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonObject> outcomes = reply.array().getValuesAs(JsonObject.class);
        JsonObject imported = outcomes.stream().filter(o -> o.getString("file").equals(good)).findFirst().orElseThrow();
        JsonObject refused = outcomes.stream().filter(o -> o.getString("file").equals(bad)).findFirst().orElseThrow();
        assertThat(imported.getJsonObject("report").getInt("rates")).isEqualTo(2);
        assertThat(refused.getString("refused")).contains("line 3");
        JsonObject inForce = finance.get("api/rates/USD/2012-01-06").json().getJsonObject("inForce");
        assertThat(inForce.getString("publishedRate")).isEqualTo("148.400000");
        // this run's file, or an earlier run's with the same figures (then this one changed nothing)
        assertThat(inForce.getString("source")).matches("National Bank of Kazakhstan \\(file good-.*\\.xml\\)");
        assertThat(finance.get("api/rates?currency=MNT&from=2012-02-01&to=2012-02-02").json().getInt("total")).isZero();

        List<JsonObject> again = finance.post("api/rates/imports/directory", "application/json", "").array()
                .getValuesAs(JsonObject.class);
        assertThat(again).extracting(o -> o.getString("file")).doesNotContain(good, bad);
    }

    @Test
    void conversionInputIsChecked() {
        Http auditor = as("auditor");
        assertThat(auditor.get("api/conversions?amount=1.005&from=KZT&to=USD&date=2014-01-03").status()).isEqualTo(400);
        assertThat(auditor.get("api/conversions?amount=1&from=KZT&to=ABC&date=2014-01-03").status()).isEqualTo(400);
        // a basis that is none of the built-in ones is a reporting basis's name: this one does not exist
        Http.Reply moon = auditor.get("api/conversions?amount=1&from=KZT&to=USD&basis=moon");
        assertThat(moon.status()).isEqualTo(422);
        assertThat(moon.body()).contains("There is no reporting basis named 'moon'")
                .contains("basis also takes value-date, year-average and fixed");
        assertThat(auditor.get("api/conversions?amount=1&from=KZT&to=USD&basis=fixed&fixedRate=nothing-" + RUN).status())
                .isEqualTo(422);
    }

    private void assertSeedFigure(String fixedRate, String tenge, long reportedDollars) {
        Http.Reply reply = as("auditor").get("api/conversions?amount=" + tenge + "&from=KZT&to=USD&basis=fixed&fixedRate="
                + encode(fixedRate));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        BigDecimal dollars = new BigDecimal(reply.json().getJsonObject("converted").getString("amount"));
        // within 0.05% of the report's rounded figure
        BigDecimal reported = BigDecimal.valueOf(reportedDollars);
        assertThat(dollars.subtract(reported).abs()).isLessThanOrEqualTo(reported.multiply(new BigDecimal("0.0005")));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
