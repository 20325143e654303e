package kz.registry.proceedings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import kz.registry.shared.InstantColumns;

/**
 * A victim, known to everyone by a pseudonymous code and a profile; the identity is kept only
 * as ciphertext, which the proceedings capability decrypts for court clerks.
 */
@Entity
@Table(name = "victim")
public class Victim {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "victim_code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 2)
    private String citizenship;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sex sex;

    @Column(nullable = false)
    private boolean minor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Exploitation exploitation;

    @Column(name = "identity_protected", nullable = false, length = 4000)
    private String protectedIdentity;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Victim() {
        // for JPA
    }

    public Victim(VictimProfile profile, String protectedIdentity, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.code = Codes.next("V");
        this.protectedIdentity = protectedIdentity;
        this.createdAt = createdAt;
        restate(profile);
    }

    public void restate(VictimProfile profile) {
        this.citizenship = profile.citizenship();
        this.sex = profile.sex();
        this.minor = profile.minor();
        this.exploitation = profile.exploitation();
    }

    /** A new identity (a changed bank account, say), already encrypted. */
    public void replaceIdentity(String protectedIdentity) {
        this.protectedIdentity = protectedIdentity;
    }

    public VictimProfile profile() {
        return new VictimProfile(citizenship, sex, minor, exploitation);
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String code() { return code; }
    public String protectedIdentity() { return protectedIdentity; }
    public Instant createdAt() { return createdAt; }

    /** The victim as the audit trail keeps it: code and profile, never the identity. */
    public record Snapshot(String code, String citizenship, Sex sex, boolean minor, Exploitation exploitation) {
    }

    public Snapshot snapshot() {
        return new Snapshot(code, citizenship, sex, minor, exploitation);
    }
}
