package kz.registry.audit.rest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.registry.audit.entity.AuditEntry;
import kz.registry.shared.PemFiles;
import kz.registry.testing.Database;
import kz.registry.verifier.Checkpoint;
import kz.registry.verifier.Keys;
import kz.registry.verifier.LogHashes;
import kz.registry.verifier.MerkleTree;

/**
 * What an intruder or an insider does to the audit log around the registry, straight in the
 * database (on PostgreSQL as a superuser who switches the append-only triggers off), and what a
 * test does to put it back.
 */
final class Tamper {

    private static final HexFormat HEX = HexFormat.of();

    private Tamper() {
    }

    @FunctionalInterface
    interface Work {
        void on(Connection db) throws SQLException;
    }

    static void with(Work work) throws SQLException {
        try (Connection db = Database.open()) {
            if (Database.isPostgres()) {
                try (Statement statement = db.createStatement()) {
                    statement.execute("set session_replication_role = replica");
                }
            }
            work.on(db);
        }
    }

    static void run(String sql, Object... parameters) throws SQLException {
        with(db -> {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
        });
    }

    /** A row as it is, column by column. */
    static Map<String, Object> row(String table, String idColumn, Object id) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        with(db -> {
            try (PreparedStatement select = db.prepareStatement("select * from " + table + " where " + idColumn + " = ?")) {
                select.setObject(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    ResultSetMetaData meta = rows.getMetaData();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        // large texts come as CLOBs that die with the connection: keep their text
                        Object value = rows.getObject(c) instanceof java.sql.Clob ? rows.getString(c) : rows.getObject(c);
                        row.put(meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT), value);
                    }
                }
            }
        });
        return row;
    }

    static void insert(String table, Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(column -> "?").toList());
        run("insert into " + table + " (" + columns + ") values (" + marks + ")", row.values().toArray());
    }

    /** Swaps what two leaves hold: the same entries and count, in another order. */
    static void swapLeaves(long first, long second) throws SQLException {
        Map<String, Object> a = row("audit_leaf", "leaf_index", first);
        Map<String, Object> b = row("audit_leaf", "leaf_index", second);
        run("update audit_leaf set entry_id = ? where leaf_index = ?", UUID.randomUUID(), first);
        run("update audit_leaf set entry_id = ?, leaf_hash = ? where leaf_index = ?", a.get("entry_id"), a.get("leaf_hash"), second);
        run("update audit_leaf set entry_id = ?, leaf_hash = ? where leaf_index = ?", b.get("entry_id"), b.get("leaf_hash"), first);
    }

    /**
     * Rewrites an entry's after state and everything hashed from it, as an insider covering
     * tracks would: its own hash, its leaf, every node above the leaves.
     */
    static void rewrite(UUID entryId, String after) throws SQLException {
        run("update audit_entry set after_state = ? where id = ?", after, entryId);
        Map<String, Object> entry = row("audit_entry", "id", entryId);
        String hash = HEX.formatHex(LogHashes.leaf(AuditEntry.leafInput(entry.get("id"), entry.get("sequence_number"),
                instant(entry.get("occurred_at")), entry.get("actor"), entry.get("actor_roles"), entry.get("action"),
                entry.get("aggregate_type"), entry.get("aggregate_id"), entry.get("before_state"), entry.get("after_state"),
                entry.get("correlation_id"), entry.get("previous_hash"))));
        run("update audit_entry set entry_hash = ? where id = ?", hash, entryId);
        run("update audit_leaf set leaf_hash = ? where entry_id = ?", hash, entryId);
        List<byte[]> level = leafHashes();
        for (int height = 1; level.size() > 1; height++) {
            List<byte[]> above = new ArrayList<>();
            for (int i = 0; i + 1 < level.size(); i += 2) {
                byte[] node = LogHashes.node(level.get(i), level.get(i + 1));
                above.add(node);
                run("update audit_node set node_hash = ? where node_level = ? and node_index = ?", HEX.formatHex(node),
                        height, (long) i / 2);
            }
            level = above;
        }
    }

    /** How many leaves the log has. */
    static long size() throws SQLException {
        return leafHashes().size();
    }

    /** A checkpoint of the log as it now is, signed with the registry's key (the tests' key file): an insider's. */
    static String resignedLatest() throws SQLException {
        List<byte[]> leaves = leafHashes();
        MerkleTree tree = new MerkleTree((level, index) -> node(leaves, level, index));
        var key = PemFiles.privateKey(System.getenv("REGISTRY_JWT_PRIVATE_KEY_FILE"));
        return Checkpoint.sign(leaves.size(), tree.root(leaves.size()), Instant.now(),
                Keys.id(PemFiles.publicHalf(key)), key).text();
    }

    private static byte[] node(List<byte[]> leaves, int level, long index) {
        return level == 0 ? leaves.get((int) index)
                : LogHashes.node(node(leaves, level - 1, 2 * index), node(leaves, level - 1, 2 * index + 1));
    }

    private static List<byte[]> leafHashes() throws SQLException {
        List<byte[]> hashes = new ArrayList<>();
        with(db -> {
            try (Statement select = db.createStatement();
                 ResultSet rows = select.executeQuery("select leaf_hash from audit_leaf order by leaf_index")) {
                while (rows.next()) {
                    hashes.add(HEX.parseHex(rows.getString(1)));
                }
            }
        });
        return hashes;
    }

    private static Instant instant(Object moment) {
        return switch (moment) {
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            default -> (Instant) moment;
        };
    }
}
