package kz.registry.money.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import kz.registry.testing.Seed;
import kz.registry.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reporting bases over HTTP, on H2 and PostgreSQL: a finance officer defines a report's basis from
 * the figure pairs it prints and gets the report's figures and sentence back. The seed's year uses
 * the demo's 2017; the other years are made up, posted by the test in years of its own under purposes
 * of its own, and every expected figure is worked out by hand beside it.
 */
class ReportingBasesIT extends DeployedRegistry {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String DEMO_PURPOSES = "&purpose=shelter-assistance,investigation-assistance";

    private Http finance;
    private Http auditor;

    @BeforeEach
    void signIn() {
        finance = as("finance");
        auditor = as("auditor");
    }

    /** Done-when for the seed: the report's four printed pairs give its rate, and every figure comes back its way. */
    @Test
    void theSeedsReportDefinedFromItsPrintedPairsGivesBackItsFiguresAndSentence() {
        String name = "TIP 2018 " + RUN;
        Http.Reply defined = finance.post("api/reporting-bases", "application/json", """
                {"name": "%s", "currency": "USD",
                 "pairs": [{"kzt": "162700000", "printed": "491080"}, {"kzt": "159000000", "printed": "479910"},
                           {"kzt": "3700000", "printed": "11170"}, {"kzt": "25970000", "printed": "78390"}],
                 "roundingUnit": "10", "roundingRule": "half-up", "tenge": "millions", "total": true,
                 "comparison": "total", "totalPhrase": "direct victim assistance",
                 "totalPhraseRu": "прямую помощь жертвам", "totalPhraseKk": "құрбандарға тікелей көмек",
                 "description": "US Trafficking in Persons report 2018, Kazakhstan"}""".formatted(name));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        JsonObject basis = defined.json();
        // the rate is above 159,000,000 / 479,915 = 331.3086692 and at most 25,970,000 / 78,385 = 331.3133890;
        // 331.31 is the only rate with two decimals in between
        assertThat(basis.getString("kztPerUnit")).isEqualTo("331.31");
        assertThat(basis.getInt("revision")).isEqualTo(1);
        assertThat(basis.getJsonObject("rates").getString("low")).startsWith("331.308669");
        assertThat(basis.getJsonObject("rates").getBoolean("lowIncluded")).isFalse();
        assertThat(basis.getJsonObject("rates").getString("high")).startsWith("331.31338");
        assertThat(basis.getJsonObject("rates").getString("choice")).contains("fewest decimal places (2)");
        assertThat(basis.getJsonArray("pairs").getValuesAs(JsonObject.class))
                .allSatisfy(pair -> assertThat(pair.getBoolean("reproduced")).isTrue());
        assertThat(basis.getJsonArray("pairs").getJsonObject(0).getString("exact")).isEqualTo("491080.8608");

        String summary = "api/reports/years/2017/summary?basis=" + url(name) + DEMO_PURPOSES;
        Http.Reply answer = auditor.get(summary);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().getString("sentence")).isEqualTo(Seed.SENTENCE_2017);
        assertThat(answer.json().getBoolean("atLeast")).as("the demo marks 2017 incomplete").isTrue();
        JsonObject total = answer.json().getJsonObject("allocated");
        // 162,700,000 / 331.31 = 491,080.8608: exact to the cent, and as the report prints it
        assertThat(total.getJsonObject("converted").getString("amount")).isEqualTo("491080.86");
        assertThat(total.getJsonObject("rounded").getString("amount")).isEqualTo("491080.00");
        JsonObject rate = total.getJsonArray("rates").getJsonObject(1);
        assertThat(rate.getInt("revision")).isEqualTo(1);
        assertThat(rate.getString("what")).startsWith("reporting basis '" + name + "', revision 1: 331.31: ");
        assertThat(rate.getString("source")).isEqualTo("US Trafficking in Persons report 2018, Kazakhstan");

        // in Russian, asked for or from Accept-Language
        String russian = "В 2017 году правительство выделило не менее 162,7 млн тенге (491 080 долл. США) на прямую"
                + " помощь жертвам, в том числе 159 млн тенге (479 910 долл. США) по статье «помощь в приютах» и 3,7 млн"
                + " тенге (11 170 долл. США) по статье «помощь жертвам в ходе расследований», что больше, чем 25,97 млн"
                + " тенге (78 390 долл. США) в 2016 году.";
        assertThat(auditor.get(summary + "&lang=ru").json().getString("sentence")).isEqualTo(russian);
        assertThat(auditor.get(summary, "Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").json().getString("sentence"))
                .isEqualTo(russian);
        // in Kazakh, the verb after what was allocated, the purposes by their Kazakh names (V17); the basis and
        // the rate's provenance in the caller's language too, the printed figures the same
        Http.Reply kazakh = auditor.get(summary, "Accept-Language", "kk-KZ,kk;q=0.9,ru;q=0.8");
        assertThat(kazakh.json().getString("language")).isEqualTo("kk");
        assertThat(kazakh.json().getString("sentence")).isEqualTo("2017 жылы үкімет кемінде 162,7 млн теңге (491 080"
                + " АҚШ доллары) құрбандарға тікелей көмек үшін бөлді, оның ішінде 159 млн теңге (479 910 АҚШ доллары)"
                + " «баспанадағы көмек» бабы бойынша және 3,7 млн теңге (11 170 АҚШ доллары) «тергеу кезіндегі"
                + " құрбандарға көмек» бабы бойынша, бұл 2016 жылғы 25,97 млн теңге (78 390 АҚШ доллары) сомасынан көп.");
        assertThat(auditor.get(summary + "&lang=kk").json().getString("sentence"))
                .isEqualTo(kazakh.json().getString("sentence"));
        assertThat(kazakh.json().getString("basis")).isEqualTo("«" + name + "» есеп негізі");
        assertThat(kazakh.json().getJsonObject("allocated").getJsonObject("rounded").getString("amount"))
                .isEqualTo("491080.00");
        JsonObject rateInRussian = auditor.get(summary, "Accept-Language", "ru").json().getJsonObject("allocated")
                .getJsonArray("rates").getJsonObject(1);
        assertThat(rateInRussian.getString("what")).isEqualTo("основа отчёта «" + name + "», редакция 1: 331.31: из"
                + " курсов, которые воспроизводят каждую пару из отчёта (курсы более 331.308669 и не более 331.313390),"
                + " курс с наименьшим числом знаков после запятой (2); подходит только этот курс");
        Http.Reply german = auditor.get(summary + "&lang=de");
        assertThat(german.status()).isEqualTo(400);
        assertThat(german.body()).contains("the sentence is written in en, ru, kk, not 'de'");

        // the ledger's totals and the spending report on the same basis: exact and rounded, side by side
        JsonObject shelters = finance.get("api/appropriations/totals?fiscalYear=2017&purpose=shelter-assistance&basis="
                + url(name)).json().getJsonObject("total").getJsonObject("converted").getJsonObject("allocated");
        // 159,000,000 / 331.31 = 479,913.07, printed $479,910
        assertThat(shelters.getJsonObject("converted").getString("amount")).isEqualTo("479913.07");
        assertThat(shelters.getJsonObject("rounded").getString("amount")).isEqualTo("479910.00");
        String spending = "api/reports/spending?year=2017&purpose=investigation-assistance&basis=" + url(name);
        JsonObject row = auditor.get(spending).json().getJsonArray("rows").getJsonObject(0);
        // 3,700,000 / 331.31 = 11,167.79, printed $11,170
        assertThat(row.getJsonObject("converted").getJsonObject("allocated").getJsonObject("rounded").getString("amount"))
                .isEqualTo("11170.00");
        List<String> csv = auditor.get(spending + "&format=csv").body().lines().toList();
        assertThat(csv.getFirst()).endsWith(",allocated_rounded,committed_rounded,paid_rounded");
        assertThat(csv.get(1)).contains(",11167.79,").contains(",11170.00,");
    }

    /**
     * Two made-up years and two made-up reports:
     * <pre>
     * year Y-1: 41,250,000 KZT to one shelter (purpose "Shelter assistance: ..."); 61,000,000 KZT for direct
     *           victim assistance, not split (to a recipient in words)
     * year Y:   45,000,000 KZT to the same shelter; 80,000,000 KZT for direct victim assistance
     * report D: prints dollars to $1, tenge exact, no total, compares line by line; its pairs
     *           45,000,000 = $117,188 and 41,250,000 = $107,422
     * report H: prints dollars to $100, tenge in millions, a total, compared with the year before; its pair
     *           80,000,000 = $208,200
     * </pre>
     */
    @Test
    void madeUpYearsReadFromTheirOwnDataRoundedAsTheirReportsPrint() {
        int year = TestLedger.openUnusedYearAndTheOneBefore(finance);
        String shelterPurpose = TestLedger.purpose(finance, "bas-shelter-" + RUN.toLowerCase(),
                "Shelter assistance: one shelter's grant");
        String wholePurpose = TestLedger.purpose(finance, "bas-whole-" + RUN.toLowerCase(), "Direct victim assistance");
        String shelterName = "Zhanar crisis centre " + RUN;
        String city = "Kyzylorda-" + RUN;
        String shelter = TestLedger.created(finance.post("api/shelters", "application/json", """
                {"name": "%s", "city": "%s", "operator": "Test NGO", "openedYear": %d}"""
                .formatted(shelterName, city, year - 1)));
        allocate(year - 1, shelterPurpose, "\"shelterId\": \"" + shelter + "\"", "41250000.00", null);
        allocate(year, shelterPurpose, "\"shelterId\": \"" + shelter + "\"", "45000000.00", null);
        // the direct victim assistance is allocated by a ministry the appropriations name
        String ministry = "the Ministry of Labour " + RUN;
        allocate(year - 1, wholePurpose, "\"recipient\": \"Victim assistance centres\"", "61000000.00", ministry);
        allocate(year, wholePurpose, "\"recipient\": \"Victim assistance centres\"", "80000000.00", ministry);

        // report D: 45,000,000 = $117,188 allows rates above 45,000,000 / 117,188.5 = 383.9967 up to
        // 45,000,000 / 117,187.5 = 384 exactly; 41,250,000 = $107,422 those above 383.9991 up to 384.0027: 384
        String dollars = "Made-up dollar report " + RUN;
        Http.Reply d = finance.post("api/reporting-bases", "application/json", """
                {"name": "%s", "currency": "USD",
                 "pairs": [{"kzt": "45000000", "printed": "117188"}, {"kzt": "41250000", "printed": "107422"}],
                 "roundingUnit": "1", "tenge": "exact", "total": false, "comparison": "per-line",
                 "description": "a made-up report that prints dollars to $1"}""".formatted(dollars));
        assertThat(d.status()).as(d.toString()).isEqualTo(201);
        assertThat(d.json().getString("kztPerUnit")).isEqualTo("384");
        // 45,000,000 / 384 = 117,187.5, half up $117,188; 41,250,000 / 384 = 107,421.875, $107,422
        Http.Reply oneShelter = auditor.get(summary(year, dollars, shelterPurpose));
        assertThat(oneShelter.status()).as(oneShelter.toString()).isEqualTo(200);
        assertThat(oneShelter.json().getString("sentence")).isEqualTo("In " + year + ", the government allocated"
                + " 45,000,000 KZT ($117,188) for shelter assistance at " + shelterName + " in " + city + ", an increase"
                + " from 41,250,000 KZT ($107,422) in " + (year - 1) + ".");
        JsonObject line = oneShelter.json().getJsonArray("purposes").getJsonObject(0);
        assertThat(line.getString("shelter")).isEqualTo(shelterName);
        assertThat(line.getJsonObject("allocated").getJsonObject("rounded").getString("amount")).isEqualTo("117188.00");
        assertThat(line.getJsonObject("allocated").getJsonObject("converted").getString("amount")).isEqualTo("117187.50");

        // report H: 80,000,000 = $208,200 allows rates above 80,000,000 / 208,250 = 384.1537 up to
        // 80,000,000 / 208,150 = 384.3430; no whole rate, and of 384.2 and 384.3 the middle (384.248) is nearest 384.2
        String hundreds = "Made-up hundred report " + RUN;
        Http.Reply h = finance.post("api/reporting-bases", "application/json", """
                {"name": "%s", "currency": "USD", "pairs": [{"kzt": "80000000", "printed": "208200"}],
                 "roundingUnit": "100", "totalPhrase": "direct victim assistance",
                 "description": "a made-up report that prints dollars to $100"}""".formatted(hundreds));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        assertThat(h.json().getString("kztPerUnit")).isEqualTo("384.2");
        assertThat(h.json().getJsonObject("rates").getString("choice")).contains("nearest the middle");

        // the year is marked a floor: "at least"; one line with no split reads as itself, never "including"
        String etag = finance.get("api/periods/" + year).header("ETag").orElseThrow();
        Http.Reply marked = finance.put("api/periods/" + year, "application/json", "{\"incomplete\": true}",
                "If-Match", etag);
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.json().getBoolean("incomplete")).isTrue();
        // 80,000,000 / 384.2 = 208,224.88, $208,200; 61,000,000 / 384.2 = 158,771.47, $158,800
        assertThat(auditor.get(summary(year, hundreds, wholePurpose)).json().getString("sentence")).isEqualTo("In "
                + year + ", " + ministry + " allocated at least 80 million KZT ($208,200) for direct victim assistance,"
                + " an increase from 61 million KZT ($158,800) in " + (year - 1) + ".");

        // corrected by a revision (the report's errata state 384.3): the new figures, and the old still on demand
        String current = finance.get("api/reporting-bases/" + url(hundreds)).header("ETag").orElseThrow();
        String revision = """
                {"currency": "USD", "kztPerUnit": "384.3", "pairs": [{"kzt": "80000000", "printed": "208200"}],
                 "roundingUnit": "100", "totalPhrase": "direct victim assistance",
                 "description": "a made-up report that prints dollars to $100", "reason": "the report's errata"}""";
        Http.Reply revised = finance.post("api/reporting-bases/" + url(hundreds) + "/revisions", "application/json",
                revision, "If-Match", current);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(201);
        assertThat(revised.json().getInt("revision")).isEqualTo(2);
        assertThat(revised.json().getJsonObject("rates").getString("choice")).startsWith("stated directly");
        // 80,000,000 / 384.3 = 208,170.70, $208,200; 61,000,000 / 384.3 = 158,730.16, $158,700
        Http.Reply now = auditor.get(summary(year, hundreds, wholePurpose));
        assertThat(now.json().getString("sentence")).endsWith("an increase from 61 million KZT ($158,700) in "
                + (year - 1) + ".");
        assertThat(now.json().getJsonObject("previous").getJsonArray("rates").getJsonObject(1).getInt("revision"))
                .isEqualTo(2);
        Http.Reply asBefore = auditor.get(summary(year, hundreds, wholePurpose) + "&basisRevision=1");
        assertThat(asBefore.json().getString("sentence")).endsWith("($158,800) in " + (year - 1) + ".");
        assertThat(asBefore.json().getString("basis")).isEqualTo("reporting basis '" + hundreds + "', revision 1");
        assertThat(finance.get("api/reporting-bases/" + url(hundreds) + "/revisions").array()).hasSize(2);
        // the same revision again, on the stale ETag: refused, nothing written
        Http.Reply stale = finance.post("api/reporting-bases/" + url(hundreds) + "/revisions", "application/json",
                revision, "If-Match", current);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(finance.get("api/reporting-bases/" + url(hundreds) + "/revisions").array()).hasSize(2);
    }

    @Test
    void pairsNoOneRateSatisfiesAndOtherBadBasesAreRefusedWithNothingWritten() {
        String name = "Bad report " + RUN;
        // 1,000,000 = $2,604 needs a rate above 1,000,000 / 2,604.5 = 383.9508542; 1,000,000 = $2,700 one of at
        // most 1,000,000 / 2,699.5 = 370.4389702 (shown rounded up: 370.438971)
        Http.Reply conflicting = finance.post("api/reporting-bases", "application/json", """
                {"name": "%s", "currency": "USD", "roundingUnit": "1", "description": "two pairs that disagree",
                 "pairs": [{"kzt": "1000000", "printed": "2604"}, {"kzt": "1000000", "printed": "2700"}],
                 "totalPhrase": "victim assistance"}""".formatted(name));
        assertThat(conflicting.status()).isEqualTo(422);
        assertThat(conflicting.contentType()).startsWith("application/problem+json");
        assertThat(conflicting.body()).contains("No single rate reproduces every printed pair")
                .contains("1000000 KZT = 2604 needs a rate above 383.950854")
                .contains("1000000 KZT = 2700 needs one at most 370.438971");

        Http.Reply notMultiple = finance.post("api/reporting-bases", "application/json", """
                {"name": "%s", "currency": "USD", "roundingUnit": "10", "description": "d", "totalPhrase": "x",
                 "pairs": [{"kzt": "1000000", "printed": "2604"}]}""".formatted(name));
        assertThat(notMultiple.status()).isEqualTo(400);
        assertThat(notMultiple.body()).contains("pairs[0].printed").contains("not a multiple of the rounding unit 10");

        Http.Reply wrongRate = finance.post("api/reporting-bases", "application/json", """
                {"name": "%s", "currency": "USD", "roundingUnit": "1", "kztPerUnit": "380", "description": "d",
                 "totalPhrase": "x", "pairs": [{"kzt": "1000000", "printed": "2604"}]}""".formatted(name));
        assertThat(wrongRate.status()).isEqualTo(422);
        assertThat(wrongRate.body()).contains("The rate 380 does not reproduce [1000000 KZT = 2604]");

        Http.Reply builtIn = finance.post("api/reporting-bases", "application/json", """
                {"name": "Fixed", "currency": "USD", "roundingUnit": "1", "kztPerUnit": "380", "description": "d",
                 "totalPhrase": "x"}""");
        assertThat(builtIn.status()).isEqualTo(400);
        assertThat(builtIn.body()).contains("already names a basis of its own");

        Http.Reply badRule = finance.post("api/reporting-bases", "application/json", """
                {"name": "%s", "currency": "USD", "roundingUnit": "1", "roundingRule": "nearest", "kztPerUnit": "380",
                 "description": "d", "totalPhrase": "x"}""".formatted(name));
        assertThat(badRule.status()).isEqualTo(400);
        assertThat(badRule.body()).contains("'nearest' is not a rounding rule; one of half-up, half-even");

        Http.Reply byAuditor = auditor.post("api/reporting-bases", "application/json", """
                {"name": "%s", "currency": "USD", "roundingUnit": "1", "kztPerUnit": "380", "description": "d",
                 "totalPhrase": "x"}""".formatted(name));
        assertThat(byAuditor.status()).isEqualTo(403);
        assertThat(finance.get("api/reporting-bases/" + url(name)).status()).as("nothing written").isEqualTo(404);

        // defined once; the same name again is a conflict
        String good = """
                {"name": "%s", "currency": "USD", "roundingUnit": "1", "kztPerUnit": "380", "description": "d",
                 "total": false}""".formatted(name);
        assertThat(finance.post("api/reporting-bases", "application/json", good).status()).isEqualTo(201);
        assertThat(finance.post("api/reporting-bases", "application/json", good).status()).isEqualTo(409);

        // asked for by a name that does not exist: the tenge, and the reason the conversion is missing
        Http.Reply unknown = auditor.get("api/reports/years/2017/summary?basis=" + url("No such report " + RUN)
                + DEMO_PURPOSES);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().getString("unavailable")).contains("There is no reporting basis named 'No such report "
                + RUN + "'").contains(name);
        assertThat(unknown.json().getString("sentence")).startsWith("In 2017, the government allocated at least 162.7"
                + " million KZT to direct victim assistance");
        Http.Reply revisionOfAverage = auditor.get("api/reports/years/2017/summary?basis=year-average&year=2017"
                + "&basisRevision=1");
        assertThat(revisionOfAverage.status()).isEqualTo(400);
        assertThat(revisionOfAverage.body()).contains("only a reporting basis (basis=its name) and a fixed rate have"
                + " revisions");
    }

    @Test
    void theRateOfPrintedPairsIsWorkedOutWithoutWritingAnything() {
        // 1,000,000 = $2,604 and 500,000 = $1,302, to the dollar: rates above 383.95 up to 384.10; 384 alone is whole
        Http.Reply derived = auditor.post("api/reporting-bases/derivations", "application/json", """
                {"pairs": [{"kzt": "1000000", "printed": "2604"}, {"kzt": "500000", "printed": "1302"}],
                 "roundingUnit": "1"}""");
        assertThat(derived.status()).as(derived.toString()).isEqualTo(200);
        assertThat(derived.json().getString("kztPerUnit")).isEqualTo("384");
        // 1,000,000 / 384 = 2,604.1667
        assertThat(derived.json().getJsonArray("pairs").getJsonObject(0).getString("exact")).isEqualTo("2604.1667");
        assertThat(derived.json().getJsonArray("pairs").getJsonObject(0).getString("printedAtRate")).isEqualTo("2604");
    }

    @Test
    void aFixedRateIsCorrectedByARevisionAndTheEarlierOneStillConverts() {
        String name = "Corrected " + RUN;
        assertThat(finance.post("api/rates/fixed", "application/json", """
                {"name": "%s", "currency": "USD", "kztPerUnit": "500", "description": "a made-up report's rate"}"""
                .formatted(name)).status()).isEqualTo(201);
        String revisions = "api/rates/fixed/" + url(name) + "/USD/revisions";
        String etag = finance.get(revisions).header("ETag").orElseThrow();
        Http.Reply corrected = finance.post(revisions, "application/json",
                "{\"kztPerUnit\": \"400\", \"reason\": \"the report's errata\"}", "If-Match", etag);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.json().getInt("revision")).isEqualTo(2);

        // 1,000 KZT at 400 is $2.50 now; at revision 1 (500) it was $2.00, and says which revision it used
        String conversion = "api/conversions?amount=1000&from=KZT&to=USD&basis=fixed&fixedRate=" + url(name);
        JsonObject now = auditor.get(conversion).json();
        assertThat(now.getJsonObject("converted").getString("amount")).isEqualTo("2.50");
        assertThat(now.getJsonArray("rates").getJsonObject(1).getInt("revision")).isEqualTo(2);
        JsonObject before = auditor.get(conversion + "&basisRevision=1").json();
        assertThat(before.getJsonObject("converted").getString("amount")).isEqualTo("2.00");
        assertThat(before.getString("basis")).isEqualTo("fixed rate '" + name + "', revision 1");

        // both revisions kept; the list of fixed rates shows the one in force; a stale correction changes nothing
        assertThat(finance.get(revisions).array()).hasSize(2);
        assertThat(finance.get("api/rates/fixed").array().getValuesAs(JsonObject.class).stream()
                .filter(rate -> rate.getString("name").equals(name)).map(rate -> rate.getInt("revision")).toList())
                .containsExactly(2);
        Http.Reply stale = finance.post(revisions, "application/json",
                "{\"kztPerUnit\": \"450\", \"reason\": \"again\"}", "If-Match", etag);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(finance.get(revisions).array()).hasSize(2);
        Http.Reply noReason = finance.post(revisions, "application/json", "{\"kztPerUnit\": \"450\"}", "If-Match",
                finance.get(revisions).header("ETag").orElseThrow());
        assertThat(noReason.status()).isEqualTo(400);
    }

    private void allocate(int year, String purpose, String target, String amount, String agency) {
        String appropriation = TestLedger.created(finance.post("api/appropriations", "application/json", """
                {"year": %d, "source": "republican-budget", "purpose": "%s", "amount": "%s", "currency": "KZT",
                 "valueDate": "%d-01-10", "agency": %s}""".formatted(year, purpose, amount, year,
                agency == null ? "null" : "\"" + agency + "\"")));
        assertThat(finance.get("api/appropriations/" + appropriation).json().getString("agency", null)).isEqualTo(agency);
        TestLedger.created(finance.post("api/allocations", "application/json", """
                {"appropriationId": "%s", %s, "amount": "%s", "currency": "KZT", "valueDate": "%d-02-01"}"""
                .formatted(appropriation, target, amount, year)));
    }

    private static String summary(int year, String basis, String purpose) {
        return "api/reports/years/" + year + "/summary?basis=" + url(basis) + "&purpose=" + purpose;
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
