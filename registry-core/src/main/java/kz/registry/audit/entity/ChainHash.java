package kz.registry.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 hash that links an entry to the one before it. Every field goes in with its
 * length before it, so no two different entries can be written as the same text.
 */
public final class ChainHash {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(AuditEntry entry) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {entry.sequence(), entry.occurredAt(), entry.actor(), entry.actorRoles(),
                entry.action(), entry.aggregateType(), entry.aggregateId(), entry.before(), entry.after(),
                entry.correlationId(), entry.previousHash()}) {
            String value = field == null ? "" : field.toString();
            text.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
