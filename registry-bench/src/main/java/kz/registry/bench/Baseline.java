package kz.registry.bench;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The same work straight against PostgreSQL over JDBC, with no registry in between: the
 * transactions a posting and a claim make (their checks, the row, an allocation's change to the
 * spending summary, the audit entry numbered from a sequence and queued for sealing: no lock
 * shared by all writers), written to copies of the registry's tables in a schema of their own so the
 * registry's data stays as it posted it; and the reports' aggregate queries and the export's
 * select over the registry's own tables. One connection per client, kept open.
 */
final class Baseline implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    /** Open connections, one per client, taken for an operation and given back after it. */
    private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private final List<Connection> opened = new ArrayList<>();

    Baseline(String url, String user, String password, int clients) throws SQLException {
        this.url = url;
        this.user = user;
        this.password = password;
        for (int i = 0; i < clients; i++) {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            opened.add(c);
            idle.add(c);
        }
    }

    /** One unit of work on a connection of the pool, which it gives back whatever happens. */
    @FunctionalInterface
    interface Work {
        boolean on(Connection c) throws SQLException, IOException;
    }

    private boolean with(Work work) {
        Connection c;
        try {
            c = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            boolean done = work.on(c);
            c.commit();
            return done;
        } catch (SQLException | IOException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is reused: a failed rollback shows in the next operation's error
            }
            return false;
        } finally {
            idle.add(c);
        }
    }

    /** Copies of the written tables (columns, checks, indexes, unique keys; no foreign keys). */
    void prepare() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("create schema if not exists baseline");
            for (String table : List.of("budget_entry", "spending_change", "audit_entry", "audit_pending",
                    "compensation_claim", "claim_move")) {
                s.execute("drop table if exists baseline." + table);
                s.execute("create table baseline." + table + " (like public." + table + " including all)");
            }
            // what stands against each parent is read and added to, so it starts as the registry's
            s.execute("drop table if exists baseline.budget_consumption");
            s.execute("create table baseline.budget_consumption (like public.budget_consumption including all)");
            s.execute("insert into baseline.budget_consumption select * from public.budget_consumption");
            s.execute("drop sequence if exists baseline.audit_entry_sequence");
            s.execute("create sequence baseline.audit_entry_sequence");
        }
    }


    /** An allocation: the year open, the appropriation locked, what stands against it read and added to, the entry, its audit. */
    boolean allocation(UUID appropriation, int year, String caseNumber) {
        return with(c -> {
            one(c, "select state from fiscal_period where fiscal_year = ? for share", year);
            one(c, "select amount from budget_entry where id = ? for update", appropriation);
            one(c, "select amount from baseline.budget_consumption where parent_id = ? and kind = 'ALLOCATION'",
                    appropriation);
            try (PreparedStatement used = c.prepareStatement("update baseline.budget_consumption set amount = amount + 1.00"
                    + " where parent_id = ? and kind = 'ALLOCATION'")) {
                used.setObject(1, appropriation);
                used.executeUpdate();
            }
            UUID id = UUID.randomUUID();
            try (PreparedStatement insert = c.prepareStatement("insert into baseline.budget_entry (id, version, kind,"
                    + " fiscal_year, source, purpose, appropriation_id, parent_id, case_number, amount, currency,"
                    + " value_date, posted_at, posted_by) values (?, 1, 'ALLOCATION', ?, 'REPUBLICAN_BUDGET',"
                    + " 'investigation-assistance', ?, ?, ?, 1.00, 'KZT', ?, ?, 'finance')")) {
                insert.setObject(1, id);
                insert.setInt(2, year);
                insert.setObject(3, appropriation);
                insert.setObject(4, appropriation);
                insert.setString(5, caseNumber);
                insert.setObject(6, LocalDate.of(year, 6, 1));
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            try (PreparedStatement change = c.prepareStatement("insert into baseline.spending_change (id, fiscal_year,"
                    + " source, purpose, case_number, currency, appropriated, allocated, committed, paid)"
                    + " values (?, ?, 'REPUBLICAN_BUDGET', 'investigation-assistance', ?, 'KZT', 0, 1.00, 0, 0)")) {
                change.setObject(1, UUID.randomUUID());
                change.setInt(2, year);
                change.setString(3, caseNumber);
                change.executeUpdate();
            }
            audit(c, "allocation", id, "{\"amount\":\"1.00\",\"caseNumber\":\"" + caseNumber + "\"}");
            return true;
        });
    }

    /** A claim: the recognition read, the claim and its first move, its audit. */
    boolean claim(UUID victim, UUID proceeding, LocalDate filedOn) {
        return with(c -> {
            one(c, "select recognised_on from victim_recognition where victim_id = ? and proceeding_id = ?", victim,
                    proceeding);
            one(c, "select articles from criminal_proceeding where id = ?", proceeding);
            UUID id = UUID.randomUUID();
            try (PreparedStatement insert = c.prepareStatement("insert into baseline.compensation_claim (id, version,"
                    + " claim_code, victim_id, proceeding_id, category, status, filed_on, recognised_on, created_at)"
                    + " values (?, 1, ?, ?, ?, 'trafficking-in-persons', 'RECEIVED', ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, "CL-" + id.toString().substring(0, 8).toUpperCase());
                insert.setObject(3, victim);
                insert.setObject(4, proceeding);
                insert.setObject(5, filedOn);
                insert.setObject(6, filedOn.minusDays(30));
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            try (PreparedStatement move = c.prepareStatement("insert into baseline.claim_move (id, claim_id, to_state,"
                    + " moved_on, moved_at, moved_by) values (?, ?, 'RECEIVED', ?, ?, 'clerk')")) {
                move.setObject(1, UUID.randomUUID());
                move.setObject(2, id);
                move.setObject(3, filedOn);
                move.setTimestamp(4, Timestamp.from(Instant.now()));
                move.executeUpdate();
            }
            audit(c, "claim", id, "{\"status\":\"RECEIVED\"}");
            return true;
        });
    }

    /** The audit entry every write makes: numbered from the sequence, queued for the sealer; no shared row. */
    private static void audit(Connection c, String type, UUID id, String after) throws SQLException {
        long sequence;
        try (PreparedStatement next = c.prepareStatement("select nextval('baseline.audit_entry_sequence')");
             ResultSet row = next.executeQuery()) {
            row.next();
            sequence = row.getLong(1);
        }
        UUID entry = UUID.randomUUID();
        String hash = sha256(sequence + "|" + type + "|" + id + "|" + after);
        try (PreparedStatement insert = c.prepareStatement("insert into baseline.audit_entry (id, sequence_number,"
                + " occurred_at, actor, actor_roles, action, aggregate_type, aggregate_id, after_state,"
                + " entry_hash) values (?, ?, ?, 'bench', 'finance-officer', 'CREATED', ?, ?, ?, ?)")) {
            insert.setObject(1, entry);
            insert.setLong(2, sequence);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setString(4, type);
            insert.setString(5, id.toString());
            insert.setString(6, after);
            insert.setString(7, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement queued = c.prepareStatement(
                "insert into baseline.audit_pending (entry_id, sequence_number) values (?, ?)")) {
            queued.setObject(1, entry);
            queued.setLong(2, sequence);
            queued.executeUpdate();
        }
    }

    /** The yearly spending report's query (SpendingReports, grouped by purpose). */
    boolean spending(int year) {
        return spending(year, year);
    }

    /** The year summary's: the allocations of a year and the year before, by purpose (YearSummaries over SpendingReports). */
    boolean summary(int year) {
        return spending(year - 1, year);
    }

    private boolean spending(int from, int to) {
        return read("select e.fiscal_year, e.purpose, e.currency,"
                + " sum(case when e.kind = 'APPROPRIATION' then e.amount else 0 end) appropriated,"
                + " sum(case when e.kind = 'ALLOCATION' then e.amount else 0 end) allocated,"
                + " sum(case when e.kind = 'COMMITMENT' then e.amount else 0 end) committed,"
                + " sum(case when e.kind = 'PAYMENT' then e.amount else 0 end) paid"
                + " from budget_entry e left join shelter s on s.id = e.shelter_id where 1 = 1"
                + " and (e.fiscal_year between ? and ?) group by e.fiscal_year, e.purpose, e.currency"
                + " order by e.fiscal_year, e.purpose, e.currency", from, to);
    }

    /** The compensation report's query by year of filing (CompensationReports). */
    boolean compensation(LocalDate asOf) {
        String toDecision = "(c.decided_on - c.filed_on)";
        String toPayment = "(c.paid_on - c.filed_on)";
        String approved = "('APPROVED', 'ON_REGISTER', 'PAID', 'RECOURSE_OPENED', 'RECOVERED')";
        return read("select cast(extract(year from c.filed_on) as varchar(40)) k_year, count(*) claims,"
                + " sum(case when c.decided_on is not null then 1 else 0 end) decided,"
                + " sum(case when c.status in " + approved + " then 1 else 0 end) approved_claims,"
                + " sum(case when c.status in " + approved + " then c.amount else 0 end) approved,"
                + " sum(case when c.paid_on is not null then 1 else 0 end) paid_claims,"
                + " sum(case when c.paid_on is not null then c.amount else 0 end) paid,"
                + " sum(coalesce(r.recovered, 0)) recovered,"
                + " sum(case when c.decided_on is not null then " + toDecision + " else 0 end) days_to_decision,"
                + " max(case when c.decided_on is not null then " + toDecision + " end) max_days_to_decision,"
                + " sum(case when c.paid_on is not null then " + toPayment + " else 0 end) days_to_payment,"
                + " max(case when c.paid_on is not null then " + toPayment + " end) max_days_to_payment,"
                + " sum(case when c.status in ('RECEIVED', 'UNDER_REVIEW') and c.filed_on < date '"
                + asOf.minusMonths(2) + "' then 1 else 0 end) waiting,"
                + " sum(case when c.decided_on is not null and c.decided_on > (c.filed_on + interval '2 months')"
                + " then 1 else 0 end) decided_late"
                + " from compensation_claim c left join recovery r on r.claim_id = c.id"
                + " where 1 = 1 and (c.filed_on between ? and ?) group by extract(year from c.filed_on)"
                + " order by extract(year from c.filed_on)", LocalDate.of(2018, 1, 1), LocalDate.of(2100, 12, 31));
    }

    /** The fund statement's three queries (FundReports). */
    boolean fund(LocalDate from, LocalDate to) {
        String signed = "sum(case when direction = 'IN' then amount else -amount end)";
        return read("select " + signed + " from fund_entry where value_date < ?", from)
                && read("select direction, source, sum(amount) total from fund_entry where 1 = 1"
                + " and (value_date between ? and ?) group by direction, source", from, to)
                && read("select " + signed + " from fund_entry where value_date <= ?", to);
    }

    /** The ledger export's select, every row written as CSV to a stream that counts it. */
    long export(OutputStream out) {
        long[] rows = {0};
        with(c -> {
            try (PreparedStatement select = c.prepareStatement("select e.id, e.kind, e.fiscal_year, e.source, e.purpose,"
                    + " e.parent_id, e.shelter_id, s.name, s.city, e.case_number, e.recipient, e.amount, e.currency,"
                    + " e.value_date, e.reverses_id, e.posted_at, e.posted_by from budget_entry e"
                    + " left join shelter s on s.id = e.shelter_id where 1 = 1 and (e.fiscal_year between ? and ?)"
                    + " order by e.fiscal_year, e.posted_at, e.id")) {
                select.setFetchSize(1000);
                select.setInt(1, 1993);
                select.setInt(2, 2100);
                CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                        .build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                String[] cells = new String[17];
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        for (int i = 1; i <= cells.length; i++) {
                            Object value = row.getObject(i);
                            cells[i - 1] = value == null ? "" : value.toString();
                        }
                        writer.writeRecord(cells);
                        rows[0]++;
                    }
                }
                writer.flush();
            }
            return true;
        });
        return rows[0];
    }

    /** What a bearer request reads of its account, as the registry asks it (BearerSessions): one round trip. */
    boolean standing(UUID user, String tokenId) {
        return read("""
                select u.username, u.enabled, u.locked_until, u.credentials_version, r.role,
                       (select count(*) from signed_out_token t where t.token_id = ?)
                from registry_user u left join registry_user_role r on r.user_id = u.id
                where u.id = ?""", tokenId, user);
    }

    /** The id of a user, by name. */
    UUID userId(String username) {
        UUID[] id = new UUID[1];
        with(c -> {
            try (PreparedStatement select = c.prepareStatement("select id from registry_user where username = ?")) {
                select.setString(1, username);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    id[0] = rows.getObject(1, UUID.class);
                }
            }
            return true;
        });
        return id[0];
    }

    private boolean read(String sql, Object... parameters) {
        return with(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
            return true;
        });
    }

    private static void one(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("no row for " + sql);
                }
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (Connection c : opened) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                // closing at the end: nothing to do about it
            }
        }
    }
}
