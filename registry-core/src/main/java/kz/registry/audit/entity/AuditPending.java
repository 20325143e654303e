package kz.registry.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An entry committed and not yet sealed into the log, with its sequence number: the sealer's queue. */
@Entity
@Table(name = "audit_pending")
public class AuditPending {

    @Id
    @Column(name = "entry_id")
    private UUID entryId;

    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    protected AuditPending() {
        // for JPA
    }

    public AuditPending(UUID entryId, long sequence) {
        this.entryId = entryId;
        this.sequence = sequence;
    }

    public UUID entryId() {
        return entryId;
    }

    public long sequence() {
        return sequence;
    }
}
