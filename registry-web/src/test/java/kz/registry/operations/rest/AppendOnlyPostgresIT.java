package kz.registry.operations.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import kz.registry.testing.Database;
import kz.registry.testing.DeployedRegistry;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the database itself refuses to change or remove audit entries and budget ledger
 * entries, whoever asks. Runs with -Ppostgres only (H2 has no such guard; there the hash chain
 * shows tampering with the trail, and the application alone keeps the ledger append-only).
 */
class AppendOnlyPostgresIT extends DeployedRegistry {

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

    @Test
    void theDatabaseRefusesToChangeOrRemovePostedBudgetEntries() throws Exception {
        assertThat(Database.isPostgres()).as("this test belongs to the PostgreSQL profile").isTrue();
        // demo mode posted the seed's budget at start-up
        try (Connection db = Database.open(); Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update budget_entry set amount = amount * 2"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from budget_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("truncate budget_entry cascade"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }
}
