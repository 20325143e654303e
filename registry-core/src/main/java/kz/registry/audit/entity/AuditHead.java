package kz.registry.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. There is one row; appending locks
 * it, so two transactions never link to the same entry. That makes appends one at a time
 * across the registry: the price of a single chain.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final int THE_ROW = 1;

    @Id
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
        // for JPA; the row is made by the migration
    }

    public long nextSequence() {
        return lastSequence + 1;
    }

    public String lastHash() {
        return lastHash;
    }

    public void advanceTo(AuditEntry entry) {
        this.lastSequence = entry.sequence();
        this.lastHash = entry.hash();
    }
}
