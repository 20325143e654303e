package kz.registry.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import kz.registry.verifier.Checkpoint;

/** A signed checkpoint of the audit log as kept: the tree's size and root, when and with which key it was signed. */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    @Id
    @Column(name = "tree_size")
    private long treeSize;

    @Column(name = "root_hash", nullable = false, updatable = false, length = 64)
    private String rootHash;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "key_id", nullable = false, updatable = false, length = 32)
    private String keyId;

    @Column(nullable = false, updatable = false, length = 1024)
    private String signature;

    protected AuditCheckpoint() {
        // for JPA
    }

    public AuditCheckpoint(Checkpoint checkpoint) {
        this.treeSize = checkpoint.size();
        this.rootHash = HexFormat.of().formatHex(checkpoint.root());
        this.signedAt = checkpoint.signedAt();
        this.keyId = checkpoint.keyId();
        this.signature = Base64.getEncoder().encodeToString(checkpoint.signature());
    }

    /** The checkpoint as the verifier reads and writes it. */
    public Checkpoint checkpoint() {
        return new Checkpoint(treeSize, HexFormat.of().parseHex(rootHash), signedAt, keyId,
                Base64.getDecoder().decode(signature));
    }

    public long treeSize() {
        return treeSize;
    }

    public String keyId() {
        return keyId;
    }
}
