package kz.registry.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.registry.testing.Database;
import kz.registry.testing.DeployedRegistry;
import kz.registry.testing.Http;
import kz.registry.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reports read summaries, not the ledgers, and still equal the ledgers: after rounds of
 * random postings, payments, reversals and files from several clients at once, each report
 * equals the same aggregate computed by the database over the raw rows, first while the
 * postings' changes wait to be folded and again once they are folded. On H2 and PostgreSQL.
 */
class ReportSummariesIT extends DeployedRegistry {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final int CLIENTS = 6;
    private static final int ROUNDS = 4;
    private static final int OPERATIONS_PER_ROUND = 60;

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);
    private Http finance;
    private Http auditor;
    private Http clerk;

    @BeforeEach
    void signIn() {
        finance = as("finance");
        auditor = as("auditor");
        clerk = as("clerk");
    }

    @Test
    void spendingEqualsTheLedgerBeforeAndAfterFoldingUnderConcurrentPostings() throws Exception {
        int year = TestLedger.openUnusedYear(finance);
        List<String> purposes = List.of(TestLedger.purpose(finance, "sum-a-" + RUN), TestLedger.purpose(finance, "sum-b-" + RUN));
        List<String> shelters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            shelters.add(TestLedger.created(finance.post("api/shelters", "application/json", """
                    {"name": "Summary shelter %d %s", "city": "Sum-city-%s", "operator": "Test NGO"}"""
                    .formatted(i, RUN, RUN))));
        }
        List<String> appropriations = new ArrayList<>();
        for (String purpose : purposes) {
            for (String source : List.of("republican-budget", "donor")) {
                appropriations.add(TestLedger.created(finance.post("api/appropriations", "application/json", """
                        {"year": %d, "source": "%s", "purpose": "%s", "amount": "100000000.00", "currency": "KZT",
                         "valueDate": "%d-01-10"}""".formatted(year, source, purpose, year))));
            }
        }
        List<String> allocations = Collections.synchronizedList(new ArrayList<>());
        String byRecipient = "api/reports/spending?year=" + year + "&purpose=" + String.join(",", purposes)
                + "&groupBy=source,purpose,shelter,investigation";
        String byPurpose = "api/reports/spending?year=" + year + "&purpose=" + String.join(",", purposes)
                + "&groupBy=source,purpose";

        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<?>> work = new ArrayList<>();
                for (int i = 0; i < OPERATIONS_PER_ROUND; i++) {
                    long operation = random.nextLong();
                    work.add(clients.submit(() -> postSomething(new Random(operation), year, appropriations, shelters,
                            allocations)));
                }
                for (Future<?> done : work) {
                    done.get();
                }
                assertThat(report(byRecipient, true)).as("by recipient, changes waiting (seed %d)", seed)
                        .isEqualTo(ledger(year, purposes, true));
                assertThat(report(byPurpose, false)).as("by purpose, changes waiting (seed %d)", seed)
                        .isEqualTo(ledger(year, purposes, false));
                assertThat(runningConsumption(year)).as("what stands against each parent, kept running (seed %d)", seed)
                        .isEqualTo(summedConsumption(year));
                awaitFolded(year);
                assertThat(report(byRecipient, true)).as("by recipient, folded (seed %d)", seed)
                        .isEqualTo(ledger(year, purposes, true));
                assertThat(report(byPurpose, false)).as("by purpose, folded (seed %d)", seed)
                        .isEqualTo(ledger(year, purposes, false));
            }
        }
        assertThat(allocations).as("the rounds posted").hasSizeGreaterThan(ROUNDS * OPERATIONS_PER_ROUND / 4);
    }

    @Test
    void theFundStatementEqualsTheFundsEntriesForAnyPeriod() throws Exception {
        // a window in the past: the fund's balance counts every entry, the statement up to its last day
        LocalDate first = LocalDate.of(2019, 1, 1);
        List<String> sources = List.of("COMPULSORY_PAYMENT", "PROCEDURAL_PENALTY", "LABOUR_DEDUCTION", "OTHER");
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<Integer>> posted = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                long operation = random.nextLong();
                posted.add(clients.submit(() -> {
                    Random own = new Random(operation);
                    return clerk.post("api/fund/inflows", "application/json", """
                            {"source": "%s", "amount": "%d.%02d", "valueDate": "%s", "reference": "summary test %s"}"""
                            .formatted(sources.get(own.nextInt(sources.size())), 1 + own.nextInt(100_000),
                                    own.nextInt(100), first.plusDays(own.nextInt(60)), RUN)).status();
                }));
            }
            for (Future<Integer> status : posted) {
                assertThat(status.get()).isEqualTo(201);
            }
        }
        for (int i = 0; i < 12; i++) {
            LocalDate from = first.plusDays(random.nextInt(70) - 5);
            LocalDate to = from.plusDays(random.nextInt(40));
            JsonObject statement = auditor.get("api/reports/fund?from=" + from + "&to=" + to).json();
            assertThat(new BigDecimal(statement.getString("opening"))).as("opening %s (seed %d)", from, seed)
                    .isEqualByComparingTo(fundSum("value_date < ?", from));
            assertThat(new BigDecimal(statement.getString("closing"))).as("closing %s (seed %d)", to, seed)
                    .isEqualByComparingTo(fundSum("value_date <= ?", to));
            for (String source : sources) {
                assertThat(new BigDecimal(statement.getJsonObject("inflows").getString(source, "0")))
                        .as("%s from %s to %s (seed %d)", source, from, to, seed)
                        .isEqualByComparingTo(fundSum("direction = 'IN' and source = '" + source
                                + "' and value_date >= ? and value_date <= ?", from, to));
            }
        }
    }

    /**
     * Claims filed, reviewed, approved, denied, appealed, put on registers and paid, from several
     * clients at once: the compensation report by every dimension equals the same aggregate over
     * the claims, before and after folding, judged on days that split a month.
     */
    @Test
    void compensationEqualsTheClaimsBeforeAndAfterFoldingUnderConcurrentMoves() throws Exception {
        String proceeding = TestLedger.created(clerk.post("api/proceedings", "application/json", """
                {"registrationNumber": "SUM-%s", "articles": ["128-1"], "prosecutingBody": "Almaty police department",
                 "stage": "PRE_TRIAL_INVESTIGATION", "registeredOn": "2020-01-10"}""".formatted(RUN)));
        assertThat(clerk.post("api/fund/inflows", "application/json", """
                {"source": "OTHER", "amount": "900000000.00", "valueDate": "2020-12-01", "reference": "summary test %s"}"""
                .formatted(RUN)).status()).isEqualTo(201);
        List<String> citizenships = List.of("KZ", "KZ", "UZ", "KG");
        List<String> exploitations = List.of("FORCED_LABOUR", "SEX_TRAFFICKING");
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<?>> work = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    long operation = random.nextLong();
                    work.add(clients.submit(() -> {
                        Random own = new Random(operation);
                        String victim = TestLedger.created(clerk.post("api/victims", "application/json", """
                                {"citizenship": "%s", "sex": "%s", "minor": %s, "exploitation": "%s",
                                 "identity": {"fullName": "Summary Secretname %s"}}""".formatted(
                                citizenships.get(own.nextInt(citizenships.size())), own.nextBoolean() ? "FEMALE" : "MALE",
                                own.nextInt(4) == 0, exploitations.get(own.nextInt(exploitations.size())), RUN)));
                        LocalDate filed = LocalDate.of(2021, 1, 1).plusDays(own.nextInt(5 * 365));
                        TestLedger.created(clerk.post("api/victims/" + victim + "/recognitions", "application/json",
                                "{\"proceedingId\": \"" + proceeding + "\", \"recognisedOn\": \"" + filed.minusDays(20) + "\"}"));
                        String claim = TestLedger.created(clerk.post("api/claims", "application/json", """
                                {"victimId": "%s", "proceedingId": "%s", "category": "trafficking-in-persons", "filedOn": "%s"}"""
                                .formatted(victim, proceeding, filed)));
                        walk(own, claim, filed);
                    }));
                }
                for (Future<?> done : work) {
                    done.get();
                }
                LocalDate asOf = LocalDate.of(2021, 3, 1).plusDays(random.nextInt(6 * 365));
                String query = "api/reports/compensation?asOf=" + asOf
                        + "&groupBy=year,category,status,citizenship,sex,minor,exploitation";
                assertThat(compensation(query)).as("changes waiting, as of %s (seed %d)", asOf, seed)
                        .isEqualTo(claims(asOf));
                awaitEmpty("claim_change");
                assertThat(compensation(query)).as("folded, as of %s (seed %d)", asOf, seed).isEqualTo(claims(asOf));
            }
        }
    }

    /** Takes a claim some way along its road, a random number of days apart. */
    private void walk(Random own, String claim, LocalDate filed) {
        int steps = own.nextInt(5);
        LocalDate on = filed.plusDays(own.nextInt(40));
        if (steps == 0) {
            return;
        }
        TestLedger.move(clerk, claim, "UNDER_REVIEW", on.toString(), null);
        on = on.plusDays(1 + own.nextInt(120));
        if (steps == 1) {
            return;
        }
        if (own.nextInt(3) == 0) {
            TestLedger.move(clerk, claim, "DENIED", on.toString(), "not this harm");
            if (steps < 4) {
                return;
            }
            on = on.plusDays(1 + own.nextInt(30));
            TestLedger.move(clerk, claim, "APPEALED", on.toString(), null);
            on = on.plusDays(1 + own.nextInt(30));
        }
        TestLedger.move(clerk, claim, "APPROVED", on.toString(), null);
        if (steps < 3) {
            return;
        }
        LocalDate registered = on.plusDays(own.nextInt(10));
        String register = TestLedger.created(clerk.post("api/registers", "application/json",
                "{\"claimIds\": [\"" + claim + "\"], \"createdOn\": \"" + registered + "\"}"));
        if (steps == 4) {
            String etag = clerk.get("api/registers/" + register).header("ETag").orElseThrow();
            Http.Reply paid = clerk.post("api/registers/" + register + "/payment", "application/json",
                    "{\"paidOn\": \"" + registered.plusDays(own.nextInt(30)) + "\"}", "If-Match", etag);
            assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        }
    }

    /** The report's rows by their keys: every figure it gives. */
    private Map<String, List<String>> compensation(String query) {
        Http.Reply reply = auditor.get(query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, List<String>> groups = new TreeMap<>();
        for (JsonObject row : reply.json().getJsonArray("rows").getValuesAs(JsonObject.class)) {
            JsonObject keys = row.getJsonObject("keys");
            String key = String.join("|", List.of("year", "category", "status", "citizenship", "sex", "minor",
                    "exploitation").stream().map(keys::getString).toList());
            groups.put(key, List.of(String.valueOf(row.getInt("claims")), String.valueOf(row.getInt("decided")),
                    String.valueOf(row.getInt("approvedClaims")), row.getString("approved"),
                    String.valueOf(row.getInt("paidClaims")), row.getString("paid"), row.getString("recovered"),
                    String.valueOf(row.get("averageDaysToDecision")), String.valueOf(row.get("maxDaysToDecision")),
                    String.valueOf(row.get("averageDaysToPayment")), String.valueOf(row.get("maxDaysToPayment")),
                    String.valueOf(row.getInt("waitingPastTarget")), String.valueOf(row.getInt("decidedLate"))));
        }
        return groups;
    }

    /** The same figures, computed by the database over every claim. */
    private static Map<String, List<String>> claims(LocalDate asOf) throws SQLException {
        boolean postgres = Database.isPostgres();
        String toDecision = postgres ? "(c.decided_on - c.filed_on)" : "datediff(day, c.filed_on, c.decided_on)";
        String toPayment = postgres ? "(c.paid_on - c.filed_on)" : "datediff(day, c.filed_on, c.paid_on)";
        String late = postgres ? "(c.filed_on + interval '2 months')" : "dateadd(month, 2, c.filed_on)";
        String approved = "('APPROVED', 'ON_REGISTER', 'PAID', 'RECOURSE_OPENED', 'RECOVERED')";
        String keys = "extract(year from c.filed_on), c.category, c.status, v.citizenship, v.sex, v.minor, v.exploitation";
        Map<String, List<String>> groups = new TreeMap<>();
        try (Connection db = Database.open(); PreparedStatement sum = db.prepareStatement("select " + keys + ", count(*),"
                + " sum(case when c.decided_on is not null then 1 else 0 end),"
                + " sum(case when c.status in " + approved + " then 1 else 0 end),"
                + " sum(case when c.status in " + approved + " then c.amount else 0 end),"
                + " sum(case when c.paid_on is not null then 1 else 0 end),"
                + " sum(case when c.paid_on is not null then c.amount else 0 end), sum(coalesce(r.recovered, 0)),"
                + " sum(case when c.decided_on is not null then " + toDecision + " else 0 end),"
                + " max(case when c.decided_on is not null then " + toDecision + " end),"
                + " sum(case when c.paid_on is not null then " + toPayment + " else 0 end),"
                + " max(case when c.paid_on is not null then " + toPayment + " end),"
                + " sum(case when c.status in ('RECEIVED', 'UNDER_REVIEW') and c.filed_on < ? then 1 else 0 end),"
                + " sum(case when c.decided_on is not null and c.decided_on > " + late + " then 1 else 0 end)"
                + " from compensation_claim c join victim v on v.id = c.victim_id left join recovery r on r.claim_id = c.id"
                + " group by " + keys)) {
            sum.setObject(1, asOf.minusMonths(2));
            try (ResultSet rows = sum.executeQuery()) {
                while (rows.next()) {
                    String key = String.join("|", String.valueOf(rows.getInt(1)), rows.getString(2),
                            rows.getString(3).strip(), rows.getString(4), rows.getString(5),
                            String.valueOf(rows.getBoolean(6)), rows.getString(7));
                    long decided = rows.getLong(9);
                    long paidClaims = rows.getLong(12);
                    groups.put(key, List.of(String.valueOf(rows.getLong(8)), String.valueOf(decided),
                            String.valueOf(rows.getLong(10)), money(rows.getBigDecimal(11)), String.valueOf(paidClaims),
                            money(rows.getBigDecimal(13)), money(rows.getBigDecimal(14)),
                            average(rows.getLong(15), decided), String.valueOf(rows.getObject(16) == null ? null : rows.getInt(16)),
                            average(rows.getLong(17), paidClaims),
                            String.valueOf(rows.getObject(18) == null ? null : rows.getInt(18)),
                            String.valueOf(rows.getLong(19)), String.valueOf(rows.getLong(20))));
                }
            }
        }
        return groups;
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String average(long days, long count) {
        return count == 0 ? "null" : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP)
                .toString();
    }

    /** One random posting: an allocation (to a shelter or an investigation), a payment, a commitment, a reversal, or a file. */
    private void postSomething(Random own, int year, List<String> appropriations, List<String> shelters,
                               List<String> allocations) {
        String appropriation = appropriations.get(own.nextInt(appropriations.size()));
        String target = own.nextBoolean() ? "\"shelterId\": \"" + shelters.get(own.nextInt(shelters.size())) + "\""
                : "\"caseNumber\": \"SUM-" + RUN + "-" + own.nextInt(4) + "\"";
        String amount = (1 + own.nextInt(50_000)) + "." + String.format("%02d", own.nextInt(100));
        int choice = own.nextInt(10);
        if (choice < 5 || allocations.isEmpty()) {
            Http.Reply posted = finance.post("api/allocations", "application/json", """
                    {"appropriationId": "%s", %s, "amount": "%s", "currency": "KZT", "valueDate": "%d-02-01"}"""
                    .formatted(appropriation, target, amount, year));
            assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
            allocations.add(posted.json().getString("id"));
        } else if (choice < 8) {
            String allocation = allocations.get(own.nextInt(allocations.size()));
            Http.Reply posted = finance.post(choice < 7 ? "api/payments" : "api/commitments", "application/json", """
                    {"allocationId": "%s", "amount": "%d.00", "currency": "KZT", "valueDate": "%d-03-01"}"""
                    .formatted(allocation, 1 + own.nextInt(20), year));
            // a reversed allocation, or one used to its limit, refuses it: that writes nothing
            assertThat(posted.status()).as(posted.toString()).isIn(201, 422);
        } else if (choice < 9) {
            String allocation = allocations.get(own.nextInt(allocations.size()));
            Http.Reply reversed = finance.post("api/allocations/" + allocation + "/reversal", "application/json",
                    "{\"reason\": \"summary test\"}");
            // paid, or already reversed: refused, nothing written
            assertThat(reversed.status()).as(reversed.toString()).isIn(201, 409, 422);
        } else {
            StringBuilder file = new StringBuilder("appropriation,shelter,case_number,recipient,amount,currency,value_date,description\n");
            for (int line = 0; line < 1 + own.nextInt(30); line++) {
                file.append(appropriation).append(",,SUM-").append(RUN).append('-').append(own.nextInt(4)).append(",,")
                        .append(1 + own.nextInt(900)).append(".50,KZT,").append(year).append("-02-02,summary file\n");
            }
            Http.Reply imported = finance.post("api/allocations/imports", "text/csv", file.toString());
            assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        }
    }

    /** What commitment control reads as standing against each of the year's parents, per kind of child. */
    private static Map<String, BigDecimal> runningConsumption(int year) throws SQLException {
        return consumption("select c.parent_id, c.kind, c.amount from budget_consumption c join budget_entry p"
                + " on p.id = c.parent_id where p.fiscal_year = ?", year);
    }

    /** The same summed over the children's own rows, reversals netted. */
    private static Map<String, BigDecimal> summedConsumption(int year) throws SQLException {
        return consumption("select parent_id, kind, sum(amount) from budget_entry where fiscal_year = ?"
                + " and parent_id is not null group by parent_id, kind", year);
    }

    private static Map<String, BigDecimal> consumption(String query, int year) throws SQLException {
        Map<String, BigDecimal> found = new TreeMap<>();
        try (Connection db = Database.open(); PreparedStatement read = db.prepareStatement(query)) {
            read.setInt(1, year);
            try (var rows = read.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1) + " " + rows.getString(2), rows.getBigDecimal(3).setScale(4));
                }
            }
        }
        return found;
    }

    /** The report's KZT figures per group: appropriated, allocated, committed, paid. */
    private Map<String, List<BigDecimal>> report(String query, boolean byRecipient) {
        Http.Reply reply = auditor.get(query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, List<BigDecimal>> groups = new TreeMap<>();
        for (JsonObject row : reply.json().getJsonArray("rows").getValuesAs(JsonObject.class)) {
            String key = row.getString("source").toUpperCase().replace('-', '_') + "|" + row.getString("purpose")
                    + (byRecipient ? "|" + row.getString("shelterId", "") + "|" + row.getString("caseNumber", "") : "");
            groups.put(key, kz.registry.reporting.entity.SpendingReport.FIGURES.stream()
                    .map(figure -> new BigDecimal(row.getJsonObject("kzt").getJsonObject(figure).getString("amount")))
                    .toList());
        }
        return groups;
    }

    /** The same groups summed by the database over the ledger's own rows. */
    private static Map<String, List<BigDecimal>> ledger(int year, List<String> purposes, boolean byRecipient)
            throws SQLException {
        String keys = "source, purpose" + (byRecipient ? ", shelter_id, case_number" : "");
        Map<String, List<BigDecimal>> groups = new TreeMap<>();
        try (Connection db = Database.open(); PreparedStatement sum = db.prepareStatement("select " + keys + ","
                + " sum(case when kind = 'APPROPRIATION' then amount else 0 end),"
                + " sum(case when kind = 'ALLOCATION' then amount else 0 end),"
                + " sum(case when kind = 'COMMITMENT' then amount else 0 end),"
                + " sum(case when kind = 'PAYMENT' then amount else 0 end)"
                + " from budget_entry where fiscal_year = ? and purpose in (?, ?) group by " + keys)) {
            sum.setInt(1, year);
            sum.setString(2, purposes.get(0));
            sum.setString(3, purposes.get(1));
            try (ResultSet rows = sum.executeQuery()) {
                int figures = byRecipient ? 5 : 3;
                while (rows.next()) {
                    String key = rows.getString(1) + "|" + rows.getString(2) + (byRecipient ? "|"
                            + (rows.getObject(3) == null ? "" : rows.getObject(3).toString()) + "|"
                            + (rows.getString(4) == null ? "" : rows.getString(4)) : "");
                    List<BigDecimal> sums = new ArrayList<>();
                    for (int i = figures; i < figures + 4; i++) {
                        sums.add(rows.getBigDecimal(i).setScale(2, RoundingMode.UNNECESSARY));
                    }
                    groups.put(key, sums);
                }
            }
        }
        return groups;
    }

    /** Waits (at most 30 s) until the folder has taken in every change of a table. */
    private static void awaitEmpty(String changes) throws SQLException, InterruptedException {
        for (int tries = 0; tries < 300; tries++) {
            try (Connection db = Database.open(); PreparedStatement waiting = db.prepareStatement(
                    "select count(*) from " + changes); ResultSet count = waiting.executeQuery()) {
                count.next();
                if (count.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the " + changes + " rows were not folded within 30 s");
    }

    /** Waits (at most 30 s) until the folder has taken in every change of the year. */
    private static void awaitFolded(int year) throws SQLException, InterruptedException {
        for (int tries = 0; tries < 300; tries++) {
            try (Connection db = Database.open();
                 PreparedStatement waiting = db.prepareStatement("select count(*) from spending_change where fiscal_year = ?")) {
                waiting.setInt(1, year);
                try (ResultSet count = waiting.executeQuery()) {
                    count.next();
                    if (count.getLong(1) == 0) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the changes of " + year + " were not folded within 30 s");
    }

    private static BigDecimal fundSum(String condition, LocalDate... days) throws SQLException {
        try (Connection db = Database.open(); PreparedStatement sum = db.prepareStatement("select coalesce(sum(case when"
                + " direction = 'IN' then amount else -amount end), 0) from fund_entry where " + condition)) {
            for (int i = 0; i < days.length; i++) {
                sum.setObject(i + 1, days[i]);
            }
            try (ResultSet rows = sum.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1);
            }
        }
    }
}
