package kz.registry.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A leaf of the audit log: the entry at this index of the tree, and its leaf hash (hex). Never changed. */
@Entity
@Table(name = "audit_leaf")
public class AuditLeaf {

    @Id
    @Column(name = "leaf_index")
    private long index;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private UUID entryId;

    @Column(name = "leaf_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    @Column(name = "sealed_at", nullable = false, updatable = false)
    private Instant sealedAt;

    protected AuditLeaf() {
        // for JPA
    }

    public AuditLeaf(long index, UUID entryId, String hash, Instant sealedAt) {
        this.index = index;
        this.entryId = entryId;
        this.hash = hash;
        this.sealedAt = sealedAt;
    }

    public long index() {
        return index;
    }

    public UUID entryId() {
        return entryId;
    }

    public String hash() {
        return hash;
    }

    public Instant sealedAt() {
        return sealedAt;
    }
}
