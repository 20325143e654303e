package kz.registry.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.verifier.LogHashes;
import org.junit.jupiter.api.Test;

/** An entry's leaf: every field in, none shiftable into another, its hash the log's leaf hash. */
class AuditEntryLeafTest {

    private static final Instant AT = Instant.parse("2026-11-28T12:00:00.123456Z");

    private static AuditEntry entry(String actor, String roles, String after) {
        return new AuditEntry(1, AT, actor, roles, new AuditEvent(AuditAction.CREATED, "shelter", "42", null, after), "c-1");
    }

    @Test
    void theHashIsTheLeafHashOfTheEntrysOwnInputInHex() {
        AuditEntry entry = entry("finance", "finance-officer", "{\"a\":1}");

        assertThat(entry.hash()).matches("[0-9a-f]{64}")
                .isEqualTo(HexFormat.of().formatHex(LogHashes.leaf(entry.leafInput())));
        assertThat(entry.previousHash()).isNull();
        assertThat(new String(entry.leafInput(), StandardCharsets.UTF_8))
                .contains("7:finance;", "15:finance-officer;", "7:CREATED;", "7:{\"a\":1};", "-1:;");
    }

    @Test
    void anyChangeOfContentChangesTheLeaf() {
        String original = entry("finance", "finance-officer", "{\"a\":1}").hash();

        assertThat(entry("finance", "finance-officer", "{\"a\":2}").hash()).isNotEqualTo(original);
        assertThat(entry("clerk", "finance-officer", "{\"a\":1}").hash()).isNotEqualTo(original);
    }

    @Test
    void fieldsCannotBeShiftedFromOneIntoTheNext() {
        assertThat(entry("ab", "c", null).leafInput()).isNotEqualTo(entry("a", "bc", null).leafInput());
    }

    @Test
    void anEmptyStateIsNotTheSameAsNoState() {
        assertThat(entry("finance", "r", null).hash()).isNotEqualTo(entry("finance", "r", "").hash());
    }
}
