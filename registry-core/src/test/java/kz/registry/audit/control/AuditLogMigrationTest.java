package kz.registry.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A registry that kept its trail as a hash chain migrates to the log: the chain's entries wait to
 * be sealed, in their order, as the log's first leaves, and new entries number on after them.
 */
class AuditLogMigrationTest {

    private static final String URL = "jdbc:h2:mem:audit-migration;DB_CLOSE_DELAY=-1";

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, "sa", "").target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load();
    }

    @Test
    void theChainsEntriesBecomeTheFirstLeavesInTheirOrder() throws SQLException {
        flyway("9").migrate();
        List<UUID> chain = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(URL, "sa", "")) {
            String previous = "0".repeat(64);
            for (long sequence = 1; sequence <= 3; sequence++) {
                UUID id = UUID.randomUUID();
                chain.add(id);
                String hash = String.format("%064d", sequence);
                try (PreparedStatement insert = db.prepareStatement("insert into audit_entry (id, sequence_number,"
                        + " occurred_at, actor, actor_roles, action, aggregate_type, aggregate_id, previous_hash, entry_hash)"
                        + " values (?, ?, ?, 'system', '', 'CREATED', 'shelter', ?, ?, ?)")) {
                    insert.setObject(1, id);
                    insert.setLong(2, sequence);
                    insert.setObject(3, OffsetDateTime.parse("2026-11-01T10:00:00Z").plusMinutes(sequence));
                    insert.setString(4, "s-" + sequence);
                    insert.setString(5, previous);
                    insert.setString(6, hash);
                    insert.executeUpdate();
                }
                previous = hash;
            }
        }

        flyway("latest").migrate();

        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            List<UUID> waiting = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select entry_id from audit_pending order by sequence_number")) {
                while (rows.next()) {
                    waiting.add(rows.getObject(1, UUID.class));
                }
            }
            assertThat(waiting).containsExactlyElementsOf(chain);
            try (ResultSet next = sql.executeQuery("select next value for audit_entry_sequence")) {
                next.next();
                assertThat(next.getLong(1)).isEqualTo(4);
            }
            try (ResultSet tables = sql.executeQuery("select count(*) from information_schema.tables"
                    + " where lower(table_name) = 'audit_head'")) {
                tables.next();
                assertThat(tables.getInt(1)).as("the chain's head is gone").isZero();
            }
        }
    }
}
