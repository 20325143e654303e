package kz.registry.idempotency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import kz.registry.shared.InstantColumns;

/** A key a caller sent with a creating request, and the record that request created. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Key.class)
public class IdempotencyKey {

    @Id
    @Column(length = 64)
    private String caller;

    @Id
    @Column(name = "idempotency_key", length = 200)
    private String key;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;

    /** The key of the record the request made, as text: an id, a year, a code. */
    @Column(name = "record_key", nullable = false, length = 64)
    private String recordKey;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyKey() {
        // for JPA
    }

    public IdempotencyKey(String caller, String key, String fingerprint, String recordType, String recordKey,
                          Instant createdAt) {
        this.caller = caller;
        this.key = key;
        this.fingerprint = fingerprint;
        this.recordType = recordType;
        this.recordKey = recordKey;
        this.createdAt = createdAt;
    }

    public String fingerprint() { return fingerprint; }
    public String recordType() { return recordType; }
    public String recordKey() { return recordKey; }
    public Instant createdAt() { return createdAt; }

    /** The primary key: keys are the caller's own, so two callers never collide. */
    public static class Key implements Serializable {
        private String caller;
        private String key;

        public Key() {
        }

        public Key(String caller, String key) {
            this.caller = caller;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(caller, that.caller) && Objects.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, key);
        }
    }
}
