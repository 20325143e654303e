package kz.registry.operations.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    @Test
    void eachDatabaseRunsTheCommonMigrationsAndItsOwn() {
        // the product names the JDBC drivers report
        assertThat(SchemaMigration.locations("PostgreSQL"))
                .containsExactly("classpath:db/migration/common", "classpath:db/migration/postgresql");
        assertThat(SchemaMigration.locations("H2"))
                .containsExactly("classpath:db/migration/common", "classpath:db/migration/h2");
    }
}
