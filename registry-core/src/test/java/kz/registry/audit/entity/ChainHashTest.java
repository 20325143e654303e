package kz.registry.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static final Instant AT = Instant.parse("2026-11-28T12:00:00.123Z");

    private static AuditEntry entry(String after, String previousHash) {
        return new AuditEntry(1, AT, "finance", "finance-officer",
                new AuditEvent(AuditAction.CREATED, "shelter", "42", null, after), "c-1", previousHash);
    }

    @Test
    void theHashIsSha256InHexAndRepeatable() {
        AuditEntry entry = entry("{\"a\":1}", ChainHash.GENESIS);

        assertThat(entry.hash()).matches("[0-9a-f]{64}").isEqualTo(ChainHash.of(entry));
        assertThat(entry(("{\"a\":1}"), ChainHash.GENESIS).hash()).isEqualTo(entry.hash());
    }

    @Test
    void anyChangeOfContentOrPredecessorChangesTheHash() {
        String original = entry("{\"a\":1}", ChainHash.GENESIS).hash();

        assertThat(entry("{\"a\":2}", ChainHash.GENESIS).hash()).isNotEqualTo(original);
        assertThat(entry("{\"a\":1}", "1".repeat(64)).hash()).isNotEqualTo(original);
    }

    @Test
    void fieldsCannotBeShiftedFromOneIntoTheNext() {
        AuditEntry left = new AuditEntry(1, AT, "ab", "c", new AuditEvent(AuditAction.CREATED, "t", "1", null, null),
                null, ChainHash.GENESIS);
        AuditEntry right = new AuditEntry(1, AT, "a", "bc", new AuditEvent(AuditAction.CREATED, "t", "1", null, null),
                null, ChainHash.GENESIS);

        assertThat(left.hash()).isNotEqualTo(right.hash());
    }

    @Test
    void anEmptyStateIsNotTheSameAsNoState() {
        AuditEntry none = entry(null, ChainHash.GENESIS);
        AuditEntry empty = entry("", ChainHash.GENESIS);

        assertThat(none.hash()).isNotEqualTo(empty.hash());
    }
}
