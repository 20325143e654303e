package kz.registry.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import kz.registry.verifier.LogHashes;

/**
 * One entry of the audit trail. Written once, never changed: it has no setters and no
 * version. {@code sequence} numbers entries as they are written (from a database sequence, no
 * lock); the sealer later makes each a leaf of the audit log's Merkle tree. {@code hash} is that
 * leaf's hash, {@code SHA-256(0x00 || leafInput)}. Entries of the chain the log replaced keep the
 * hash of the entry before them in {@code previousHash}, and their chain hash in {@code hash}.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private UUID id;

    @Column(name = "sequence_number", nullable = false, unique = true, updatable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "actor_roles", nullable = false, updatable = false, length = 200)
    private String actorRoles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "aggregate_type", nullable = false, updatable = false, length = 64)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false, length = 64)
    private String aggregateId;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    @Column(name = "correlation_id", updatable = false, length = 64)
    private String correlationId;

    @Column(name = "previous_hash", updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(long sequence, Instant occurredAt, String actor, String actorRoles, AuditEvent event,
                      String correlationId) {
        this.id = UUID.randomUUID();
        this.sequence = sequence;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRoles = actorRoles;
        this.action = event.action();
        this.aggregateType = event.aggregateType();
        this.aggregateId = event.aggregateId();
        this.before = event.before();
        this.after = event.after();
        this.correlationId = correlationId;
        this.hash = HexFormat.of().formatHex(LogHashes.leaf(leafInput()));
    }

    /**
     * What the log hashes into this entry's leaf ({@link #leafInput(Object...)} of its fields in
     * the order of the table: id, sequence, occurredAt, actor, actorRoles, action, aggregateType,
     * aggregateId, before, after, correlationId, previousHash).
     */
    public byte[] leafInput() {
        return leafInput(id, sequence, occurredAt, actor, actorRoles, action, aggregateType, aggregateId, before, after,
                correlationId, previousHash);
    }

    /**
     * The leaf input of an entry's fields: each written as its length, a colon, its text and a
     * semicolon ({@code -1:;} for a missing one), so no two entries read as the same bytes. UTF-8.
     * Moments are written as ISO-8601 ({@link Instant#toString()}).
     */
    public static byte[] leafInput(Object... fields) {
        StringBuilder text = new StringBuilder();
        for (Object field : fields) {
            String value = field == null ? "" : field.toString();
            text.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public UUID id() {
        return id;
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String actorRoles() {
        return actorRoles;
    }

    public AuditAction action() {
        return action;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String correlationId() {
        return correlationId;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
