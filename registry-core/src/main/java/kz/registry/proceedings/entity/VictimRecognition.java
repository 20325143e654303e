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
 * The dated resolution that recognises a person as a victim in a proceeding: what makes them
 * eligible for compensation, whatever their citizenship, and where the 3-year deadline starts.
 */
@Entity
@Table(name = "victim_recognition")
public class VictimRecognition {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "victim_id", nullable = false)
    private UUID victimId;

    @Column(name = "proceeding_id", nullable = false)
    private UUID proceedingId;

    @Column(name = "recognised_on", nullable = false)
    private LocalDate recognisedOn;

    @Column(name = "resolution_number", length = 60)
    private String resolutionNumber;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VictimRecognition() {
        // for JPA
    }

    public VictimRecognition(UUID victimId, CriminalProceeding proceeding, LocalDate recognisedOn,
                             String resolutionNumber, Instant createdAt) {
        if (recognisedOn == null) {
            throw new InvalidInputException("recognisedOn", "the date of the resolution is required");
        }
        if (recognisedOn.isBefore(proceeding.details().registeredOn())) {
            throw new InvalidInputException("recognisedOn", "cannot be before the proceeding was registered ("
                    + proceeding.details().registeredOn() + ")");
        }
        if (resolutionNumber != null && resolutionNumber.strip().length() > 60) {
            throw new InvalidInputException("resolutionNumber", "at most 60 characters");
        }
        this.id = UUID.randomUUID();
        this.victimId = victimId;
        this.proceedingId = proceeding.id();
        this.recognisedOn = recognisedOn;
        this.resolutionNumber = resolutionNumber == null || resolutionNumber.isBlank() ? null : resolutionNumber.strip();
        this.createdAt = createdAt;
    }

    public UUID id() { return id; }
    public UUID victimId() { return victimId; }
    public UUID proceedingId() { return proceedingId; }
    public LocalDate recognisedOn() { return recognisedOn; }
    public String resolutionNumber() { return resolutionNumber; }

    public record Snapshot(UUID victimId, UUID proceedingId, LocalDate recognisedOn, String resolutionNumber) {
    }

    public Snapshot snapshot() {
        return new Snapshot(victimId, proceedingId, recognisedOn, resolutionNumber);
    }
}
