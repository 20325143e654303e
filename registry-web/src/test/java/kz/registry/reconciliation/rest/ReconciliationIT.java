package kz.registry.reconciliation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import kz.registry.testing.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation with the bank over HTTP, on H2 and PostgreSQL: the fund's account in a month no
 * other test uses, with money in, a register paid for two claims, a bank fee and an inflow the
 * bank has not booked yet; and the budget's payment account with one payment. Statements are
 * built here as a bank would send them (camt.053.001.08 and the CSV form).
 */
class ReconciliationIT extends DeployedRegistry {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void theFundsMonthIsMatchedResolvedAndSignedOffAndThenStaysAsItWas() {
        Http clerk = as("clerk");
        String account = "fund-" + RUN.toLowerCase();
        String iban = iban();
        JsonObject opened = clerk.post("api/bank-accounts", "application/json", """
                {"code": "%s", "kind": "FUND", "iban": "%s", "currency": "KZT", "name": "Fund account %s"}"""
                .formatted(account, iban, RUN)).json();
        assertThat(opened.getString("kind")).isEqualTo("FUND");
        String month = unusedMonth(clerk, account);
        int year = Integer.parseInt(month.substring(0, 4));

        // the ledger: two inflows (one with the reference the bank will show, one without), one the bank has not
        // booked yet, and a register paying two claims from the fund
        String inflowReference = "FUND-IN-" + RUN;
        inflow(clerk, "700000.00", month + "-03", inflowReference);
        inflow(clerk, "50000.00", month + "-10", null);
        String late = TestLedger.created(clerk.post("api/fund/inflows", "application/json", """
                {"source": "OTHER", "amount": "12345.00", "valueDate": "%s-30", "reference": "late %s"}"""
                .formatted(month, RUN)));
        JsonObject register = paidRegister(clerk, year, month + "-15");
        BigDecimal payout = new BigDecimal(register.getJsonObject("total").getString("amount"));
        String number = register.getString("number");

        // the bank: the inflow by its reference, the other one two days later without one, the register's payout
        // as one debit naming the register, and a fee the ledger knows nothing of
        BigDecimal opening = new BigDecimal("1000000.00");
        BigDecimal closing = opening.add(new BigDecimal("700000.00")).add(new BigDecimal("50000.00")).subtract(payout)
                .subtract(new BigDecimal("1500.00"));
        String statement = camt(iban, "ST-" + RUN, month, opening, closing, List.of(
                entry("700000.00", true, month + "-03", inflowReference),
                entry("50000.00", true, month + "-12", null),
                entry(payout.toPlainString(), false, month + "-15", number),
                entry("1500.00", false, month + "-31", null)));

        Http.Reply imported = clerk.post("api/bank-statements?account=" + account, "application/xml", statement);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().getInt("matched")).isEqualTo(3);
        Http.Reply again = clerk.post("api/bank-statements?account=" + account, "application/xml", statement);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getBoolean("created")).isFalse();
        assertThat(again.json().getInt("matched")).isZero();

        JsonObject view = clerk.get("api/reconciliations/" + account + "/" + month + "?asOf=" + month + "-31").json();
        assertThat(number(view.getJsonObject("bank"), "opening")).isEqualByComparingTo(opening);
        assertThat(number(view.getJsonObject("bank"), "closing")).isEqualByComparingTo(closing);
        assertThat(number(view.getJsonObject("bank"), "lines")).isEqualByComparingTo(closing.subtract(opening));
        // the ledger moved by what came in less the payout: 700,000 + 50,000 + 12,345 - payout
        assertThat(number(view.getJsonObject("ledger"), "movement")).isEqualByComparingTo(
                new BigDecimal("762345.00").subtract(payout));
        assertThat(view.getJsonObject("matched").getInt("lines")).isEqualTo(3);
        assertThat(view.getJsonObject("matched").getInt("entries")).isEqualTo(4); // two inflows, two claims' payments
        List<JsonObject> rules = view.getJsonArray("matches").getValuesAs(JsonObject.class);
        assertThat(rules).extracting(match -> match.getString("rule"))
                .containsExactlyInAnyOrder("REFERENCE", "AMOUNT_AND_DATE", "REFERENCE");
        List<JsonObject> unmatched = view.getJsonArray("unmatched").getValuesAs(JsonObject.class);
        assertThat(unmatched).extracting(item -> item.getString("side")).containsExactlyInAnyOrder("BANK", "LEDGER");
        JsonObject fee = unmatched.stream().filter(item -> item.getString("side").equals("BANK")).findFirst().orElseThrow();
        assertThat(number(fee, "amount")).isEqualByComparingTo("-1500.00");
        assertThat(fee.getInt("ageDays")).isZero();
        JsonObject notBooked = unmatched.stream().filter(item -> item.getString("side").equals("LEDGER")).findFirst().orElseThrow();
        assertThat(notBooked.getString("id")).isEqualTo(late);
        assertThat(notBooked.getInt("ageDays")).isEqualTo(1);

        // not yet: two items without a resolution
        Http.Reply early = clerk.post("api/reconciliations/" + account + "/" + month + "/sign-off", "application/json", "");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().getString("detail")).contains("2 unmatched items without a resolution");
        // the same in Kazakh, in the refusal and in the month's view of why it cannot be signed off yet
        Http.Reply earlyKk = clerk.post("api/reconciliations/" + account + "/" + month + "/sign-off", "application/json", "",
                "Accept-Language", "kk");
        assertThat(earlyKk.json().getString("detail")).isEqualTo("«" + account + "» шотының " + month + " айын әлі"
                + " бекітуге болмайды: шешімі жоқ 2 сәйкестендірілмеген позиция: әрқайсысын қолмен сәйкестендіріңіз"
                + " немесе себебін көрсетіп, банк қатесі не уақыт айырмасы деп белгілеңіз");
        assertThat(clerk.get("api/reconciliations/" + account + "/" + month, "Accept-Language", "kk").json()
                .getJsonArray("blocking").getString(0)).startsWith("шешімі жоқ 2 сәйкестендірілмеген позиция");
        // a match by hand must settle the same amount on both sides
        Http.Reply uneven = clerk.post("api/reconciliations/" + account + "/" + month + "/matches", "application/json", """
                {"lines": ["%s"], "entries": ["%s"], "reason": "try"}""".formatted(fee.getString("id"), late));
        assertThat(uneven.status()).isEqualTo(422);
        assertThat(uneven.json().getString("detail")).contains("-1500.00").contains("12345.00");
        Http.Reply noSide = clerk.post("api/reconciliations/" + account + "/" + month + "/resolutions", "application/json", """
                {"side": "MIDDLE", "item": "%s", "resolution": "BANK_ERROR", "reason": "x"}""".formatted(late));
        assertThat(noSide.status()).isEqualTo(400);

        resolve(clerk, account, month, "BANK", fee.getString("id"), "BANK_ERROR", "fee charged twice this quarter: claimed back");
        resolve(clerk, account, month, "LEDGER", late, "TIMING_DIFFERENCE", "received on the 30th, booked by the bank next month");
        Http.Reply signed = clerk.post("api/reconciliations/" + account + "/" + month + "/sign-off", "application/json", "");
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().getJsonObject("signedOff").getString("by")).isEqualTo("clerk");
        assertThat(signed.json().getJsonArray("blocking")).isEmpty();

        // signed off: nothing about the month changes any more
        Http.Reply afterwards = clerk.post("api/reconciliations/" + account + "/" + month + "/matching", "application/json",
                "{\"windowDays\": 10}");
        assertThat(afterwards.status()).isEqualTo(422);
        assertThat(afterwards.json().getString("detail")).contains("signed off");
        String correction = camt(iban, "ST-" + RUN + "-B", month, closing, closing.add(new BigDecimal("10.00")),
                List.of(entry("10.00", true, month + "-31", null)));
        Http.Reply intoSigned = clerk.post("api/bank-statements?account=" + account, "application/xml", correction);
        assertThat(intoSigned.status()).isEqualTo(422);
        assertThat(intoSigned.json().getString("detail")).contains("signed off");
        assertThat(clerk.get("api/reconciliations/" + account + "/" + month).json().getJsonObject("bank")
                .getJsonArray("statements")).hasSize(1);

        // every write is on the audit trail: the statement, the three matches, the two resolutions, the sign-off
        Http auditor = as("auditor");
        assertThat(auditor.get("api/audit?aggregateType=reconciliation-month&aggregateId=" + account + "/" + month)
                .json().getJsonArray("items")).hasSize(1);
        assertThat(auditor.get("api/audit?aggregateType=reconciliation-resolution&actor=clerk&limit=500").json()
                .getJsonArray("items").toString()).contains(fee.getString("id")).contains(late);
        // the auditor reads it, and its unmatched items as CSV with their resolutions; the finance officer does not
        Http.Reply csv = as("auditor").get("api/reconciliations/" + account + "/" + month + "?format=csv&asOf=" + month + "-31");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("side,id,day,amount,reference,description,age_days,resolution,reason")
                .contains("BANK_ERROR,fee charged twice").contains("TIMING_DIFFERENCE,");
        assertThat(as("finance").get("api/reconciliations/" + account + "/" + month).status()).isEqualTo(403);
        assertThat(as("finance").post("api/bank-statements?account=" + account, "application/xml", statement).status())
                .isEqualTo(403);
        assertThat(as("auditor").post("api/bank-statements?account=" + account, "application/xml", statement).status())
                .isEqualTo(403);
    }

    @Test
    void theBudgetsPaymentsMatchTheirDebitsByTheirIds() {
        Http finance = as("finance");
        int year = TestLedger.openUnusedYear(finance);
        String purpose = TestLedger.purpose(finance, "recon-" + RUN.toLowerCase());
        String appropriation = TestLedger.created(finance.post("api/appropriations", "application/json", """
                {"year": %d, "source": "republican-budget", "purpose": "%s", "amount": "500000.00", "currency": "KZT",
                 "valueDate": "%d-01-10"}""".formatted(year, purpose, year)));
        String allocation = TestLedger.created(finance.post("api/allocations", "application/json", """
                {"appropriationId": "%s", "caseNumber": "RECON-%s", "amount": "300000.00", "currency": "KZT",
                 "valueDate": "%d-02-01"}""".formatted(appropriation, RUN, year)));
        String payment = TestLedger.created(finance.post("api/payments", "application/json", """
                {"allocationId": "%s", "amount": "120000.00", "currency": "KZT", "valueDate": "%d-03-05"}"""
                .formatted(allocation, year)));
        String account = "budget-" + RUN.toLowerCase();
        assertThat(finance.post("api/bank-accounts", "application/json", """
                {"code": "%s", "kind": "BUDGET", "iban": "%s", "currency": "KZT", "name": "Payments %s"}"""
                .formatted(account, iban(), RUN)).status()).isEqualTo(201);
        // the CSV form: the debit names the payment the registry ordered
        String statement = "kind,booking_date,value_date,amount,reference,bank_reference,description\n"
                + "opening,%d-03-01,,900000.00,,,\n".formatted(year)
                + "entry,%d-03-06,%d-03-05,-120000.00,%s,BNK-1,Payment order\n".formatted(year, year, payment)
                + "closing,%d-03-31,,780000.00,,,\n".formatted(year);
        Http.Reply imported = finance.post("api/bank-statements?account=" + account + "&statement=B-" + RUN, "text/csv", statement);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().getInt("matched")).isEqualTo(1);
        JsonObject view = finance.get("api/reconciliations/" + account + "/" + year + "-03").json();
        assertThat(view.getJsonArray("unmatched")).isEmpty();
        assertThat(number(view.getJsonObject("ledger"), "movement")).isEqualByComparingTo("-120000.00");
        assertThat(view.getJsonObject("ledger").containsKey("opening")).isFalse(); // the registry keeps no balance of this account
        assertThat(view.getJsonArray("blocking")).isEmpty();
        assertThat(finance.post("api/reconciliations/" + account + "/" + year + "-03/sign-off", "application/json", "")
                .status()).isEqualTo(200);
        // the clerk may not touch the budget's account
        assertThat(as("clerk").get("api/reconciliations/" + account + "/" + year + "-03").status()).isEqualTo(403);
    }

    @Test
    void aStatementWithADocumentTypeOrOfAnotherAccountIsRefusedAndNothingIsWritten() {
        Http clerk = as("clerk");
        String account = "fund-x-" + RUN.toLowerCase();
        String iban = iban();
        assertThat(clerk.post("api/bank-accounts", "application/json", """
                {"code": "%s", "kind": "FUND", "iban": "%s", "currency": "KZT", "name": "Test %s"}"""
                .formatted(account, iban, RUN)).status()).isEqualTo(201);
        String statement = camt(iban, "X-" + RUN, "2069-01", new BigDecimal("10.00"), new BigDecimal("20.00"),
                List.of(entry("10.00", true, "2069-01-05", null)));
        Http.Reply entity = clerk.post("api/bank-statements?account=" + account, "application/xml",
                statement.replace("<Document ", "<!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Document "));
        assertThat(entity.status()).isEqualTo(400);
        assertThat(entity.contentType()).startsWith("application/problem+json");
        assertThat(entity.json().toString()).contains("document type declaration");
        Http.Reply other = clerk.post("api/bank-statements?account=" + account, "application/xml",
                statement.replace(iban, iban()));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().getString("detail")).contains("not of '" + account + "'");
        Http.Reply badIban = clerk.post("api/bank-accounts", "application/json", """
                {"code": "bad-%s", "kind": "FUND", "iban": "KZ00125KZT5004100100", "currency": "KZT", "name": "x"}"""
                .formatted(RUN.toLowerCase()));
        assertThat(badIban.status()).isEqualTo(400);
        assertThat(badIban.json().toString()).contains("iban");
        assertThat(clerk.get("api/reconciliations/" + account + "/2069-01").json().getJsonObject("bank")
                .getJsonArray("statements")).isEmpty();
    }

    // --- helpers

    private static BigDecimal number(JsonObject object, String field) {
        return object.get(field) instanceof jakarta.json.JsonString text ? new BigDecimal(text.getString())
                : object.getJsonNumber(field).bigDecimalValue();
    }

    private static void inflow(Http clerk, String amount, String day, String reference) {
        TestLedger.created(clerk.post("api/fund/inflows", "application/json", """
                {"source": "COMPULSORY_PAYMENT", "amount": "%s", "valueDate": "%s"%s}""".formatted(amount, day,
                reference == null ? "" : ", \"reference\": \"" + reference + "\"")));
    }

    /** A register paying two approved claims of a proceeding of the test's own, paid on {@code paidOn}. */
    private static JsonObject paidRegister(Http clerk, int year, String paidOn) {
        String proceeding = TestLedger.created(clerk.post("api/proceedings", "application/json", """
                {"registrationNumber": "RC-%s", "articles": ["128"], "prosecutingBody": "Almaty police department",
                 "stage": "PRE_TRIAL_INVESTIGATION", "registeredOn": "%d-01-02"}""".formatted(RUN, year)));
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String victim = TestLedger.created(clerk.post("api/victims", "application/json", """
                    {"citizenship": "KZ", "sex": "FEMALE", "minor": false, "exploitation": "FORCED_LABOUR",
                     "identity": {"fullName": "Recon Secretname %s"}}""".formatted(RUN)));
            TestLedger.created(clerk.post("api/victims/" + victim + "/recognitions", "application/json",
                    "{\"proceedingId\": \"" + proceeding + "\", \"recognisedOn\": \"" + year + "-01-05\"}"));
            String claim = TestLedger.created(clerk.post("api/claims", "application/json", """
                    {"victimId": "%s", "proceedingId": "%s", "category": "trafficking-in-persons", "filedOn": "%d-01-10"}"""
                    .formatted(victim, proceeding, year)));
            TestLedger.move(clerk, claim, "UNDER_REVIEW", year + "-01-12", null);
            TestLedger.move(clerk, claim, "APPROVED", year + "-01-20", null);
            claims.add(claim);
        }
        String register = TestLedger.created(clerk.post("api/registers", "application/json", """
                {"claimIds": ["%s", "%s"], "createdOn": "%d-01-25"}""".formatted(claims.get(0), claims.get(1), year)));
        String etag = clerk.get("api/registers/" + register).header("ETag").orElseThrow();
        Http.Reply paid = clerk.post("api/registers/" + register + "/payment", "application/json",
                "{\"paidOn\": \"" + paidOn + "\"}", "If-Match", etag);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        return clerk.get("api/registers/" + register).json();
    }

    private static void resolve(Http clerk, String account, String month, String side, String item, String resolution,
                                String reason) {
        Http.Reply resolved = clerk.post("api/reconciliations/" + account + "/" + month + "/resolutions", "application/json", """
                {"side": "%s", "item": "%s", "resolution": "%s", "reason": "%s"}""".formatted(side, item, resolution, reason));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(201);
    }

    /**
     * March of a year from 2071 to 2089 in which the fund has no entry in January (when the test's claims are
     * approved) or March, so the month's ledger is this test's.
     */
    private static String unusedMonth(Http clerk, String account) {
        for (int year = 2071; year < 2090; year++) {
            if (empty(clerk, account, year + "-01") && empty(clerk, account, year + "-03")) {
                return year + "-03";
            }
        }
        throw new IllegalStateException("the fund has entries in every March of 2071 to 2089: use a fresh database");
    }

    private static boolean empty(Http clerk, String account, String month) {
        JsonObject view = clerk.get("api/reconciliations/" + account + "/" + month).json();
        return view.getJsonArray("unmatched").isEmpty() && view.getJsonArray("matches").isEmpty();
    }

    private record Entry(String amount, boolean credit, String day, String reference) {
    }

    private static Entry entry(String amount, boolean credit, String day, String reference) {
        return new Entry(amount, credit, day, reference);
    }

    private static String camt(String iban, String id, String month, BigDecimal opening, BigDecimal closing,
                               List<Entry> entries) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
                <GrpHdr><MsgId>M-%s</MsgId><CreDtTm>%s-28T06:00:00</CreDtTm></GrpHdr>
                <Stmt><Id>%s</Id><Acct><Id><IBAN>%s</IBAN></Id><Ccy>KZT</Ccy></Acct>
                """.formatted(id, month, id, iban));
        xml.append(balance("OPBD", opening, month + "-01")).append(balance("CLBD", closing, month + "-28"));
        for (Entry entry : entries) {
            xml.append("<Ntry><Amt Ccy=\"KZT\">").append(entry.amount()).append("</Amt><CdtDbtInd>")
                    .append(entry.credit() ? "CRDT" : "DBIT").append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>")
                    .append(day(entry.day())).append("</Dt></BookgDt><BkTxCd/>");
            if (entry.reference() != null) {
                xml.append("<NtryDtls><TxDtls><Refs><EndToEndId>").append(entry.reference())
                        .append("</EndToEndId></Refs></TxDtls></NtryDtls>");
            }
            xml.append("</Ntry>\n");
        }
        return xml.append("</Stmt></BkToCstmrStmt></Document>\n").toString();
    }

    /** The 31st of a shorter month is its last day (the test writes -31 for "the end of the month"). */
    private static String day(String day) {
        java.time.YearMonth month = java.time.YearMonth.parse(day.substring(0, 7));
        int date = Math.min(Integer.parseInt(day.substring(8)), month.lengthOfMonth());
        return month.atDay(date).toString();
    }

    private static String balance(String code, BigDecimal amount, String day) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"KZT\">" + amount.abs().toPlainString()
                + "</Amt><CdtDbtInd>" + (amount.signum() < 0 ? "DBIT" : "CRDT") + "</CdtDbtInd><Dt><Dt>" + day
                + "</Dt></Dt></Bal>\n";
    }

    /** A Kazakhstani IBAN no other test has, its check digits computed (ISO 13616, MOD 97-10). */
    private static String iban() {
        String bban = "125KZT" + String.format("%010d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 10_000_000_000L));
        String moved = bban + "KZ00";
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return "KZ" + String.format("%02d", check) + bban;
    }
}
