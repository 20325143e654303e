package kz.registry.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import kz.registry.testing.Database;
import kz.registry.testing.DeployedRegistry;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the database itself refuses to change or remove audit entries, whoever asks.
 * Runs with -Ppostgres only (H2 has no such guard; there the hash chain alone shows tampering).
 */
class AuditAppendOnlyPostgresIT extends DeployedRegistry {

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateEntries() throws Exception {
        assertThat(Database.isPostgres()).as("this test belongs to the PostgreSQL profile").isTrue();
        // the deployment's start-up wrote entries (demo users, demo shelters)
        try (Connection db = Database.open(); Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update audit_entry set actor = 'intruder'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("truncate audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }
}
