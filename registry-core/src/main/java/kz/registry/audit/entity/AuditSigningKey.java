package kz.registry.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The public half of a key that signs the audit log's checkpoints (PEM), kept so its checkpoints stay verifiable. */
@Entity
@Table(name = "audit_signing_key")
public class AuditSigningKey {

    @Id
    @Column(name = "key_id", length = 32)
    private String keyId;

    @Column(nullable = false, updatable = false, length = 40)
    private String algorithm;

    @Column(name = "public_key", nullable = false, updatable = false, length = 4000)
    private String publicKey;

    @Column(name = "first_used", nullable = false, updatable = false)
    private Instant firstUsed;

    protected AuditSigningKey() {
        // for JPA
    }

    public AuditSigningKey(String keyId, String algorithm, String publicKey, Instant firstUsed) {
        this.keyId = keyId;
        this.algorithm = algorithm;
        this.publicKey = publicKey;
        this.firstUsed = firstUsed;
    }

    public String keyId() {
        return keyId;
    }

    public String algorithm() {
        return algorithm;
    }

    public String publicKey() {
        return publicKey;
    }

    public Instant firstUsed() {
        return firstUsed;
    }
}
