package kz.registry.proceedings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.registry.shared.InstantColumns;
import kz.registry.shared.InvalidInputException;

/**
 * A person convicted in a proceeding: whom the fund recovers a paid compensation from. Known by
 * a code; the identity is kept encrypted like a victim's.
 */
@Entity
@Table(name = "convicted_person")
public class ConvictedPerson {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "proceeding_id", nullable = false)
    private UUID proceedingId;

    @Column(name = "person_code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "identity_protected", nullable = false, length = 4000)
    private String protectedIdentity;

    @Column(name = "convicted_on", nullable = false)
    private LocalDate convictedOn;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConvictedPerson() {
        // for JPA
    }

    public ConvictedPerson(CriminalProceeding proceeding, String protectedIdentity, LocalDate convictedOn,
                           Instant createdAt) {
        if (convictedOn == null) {
            throw new InvalidInputException("convictedOn", "the date of the verdict is required");
        }
        if (convictedOn.isBefore(proceeding.details().registeredOn())) {
            throw new InvalidInputException("convictedOn", "cannot be before the proceeding was registered");
        }
        this.id = UUID.randomUUID();
        this.proceedingId = proceeding.id();
        this.code = Codes.next("CP");
        this.protectedIdentity = protectedIdentity;
        this.convictedOn = convictedOn;
        this.createdAt = createdAt;
    }

    public UUID id() { return id; }
    public UUID proceedingId() { return proceedingId; }
    public String code() { return code; }
    public String protectedIdentity() { return protectedIdentity; }
    public LocalDate convictedOn() { return convictedOn; }

    public record Snapshot(UUID proceedingId, String code, LocalDate convictedOn) {
    }

    public Snapshot snapshot() {
        return new Snapshot(proceedingId, code, convictedOn);
    }
}
