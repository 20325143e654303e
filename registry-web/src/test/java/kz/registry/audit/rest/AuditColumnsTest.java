package kz.registry.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditColumnsTest {

    /** The trail's CSV columns the OpenAPI description quotes are the columns the table writes. */
    @Test
    void theDocumentedColumnsAreTheWrittenOnes() {
        assertThat(String.join(",", AuditResource.TRAIL_TABLE.names())).isEqualTo(AuditResource.TRAIL_COLUMNS);
    }
}
