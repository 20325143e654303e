package kz.registry.claims.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import kz.registry.money.Money;
import kz.registry.shared.InstantColumns;
import kz.registry.shared.InvalidInputException;

/** A movement of the victims compensation fund: money in by source, or a payment to victims out. */
@Entity
@Table(name = "fund_entry")
public class FundEntry {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FundDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FundSource source;

    @Embedded
    private Money amount;

    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Column(length = 200)
    private String reference;

    @Column(name = "register_id")
    private UUID registerId;

    @Column(name = "recovery_id")
    private UUID recoveryId;

    @Convert(converter = InstantColumns.class)
    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 64)
    private String postedBy;

    protected FundEntry() {
        // for JPA
    }

    public FundEntry(FundSource source, Money amount, LocalDate valueDate, String reference, UUID registerId,
                     UUID recoveryId, Instant postedAt, String postedBy) {
        if (!amount.currency().equals(Money.KZT) || amount.amount().signum() <= 0) {
            throw new InvalidInputException("amount", "the fund moves tenge, above zero");
        }
        if (valueDate == null) {
            throw new InvalidInputException("valueDate", "required (YYYY-MM-DD)");
        }
        if (reference != null && reference.strip().length() > 200) {
            throw new InvalidInputException("reference", "at most 200 characters");
        }
        this.id = UUID.randomUUID();
        this.direction = source.isInflow() ? FundDirection.IN : FundDirection.OUT;
        this.source = source;
        this.amount = amount;
        this.valueDate = valueDate;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.registerId = registerId;
        this.recoveryId = recoveryId;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
    }

    public UUID id() { return id; }
    public FundDirection direction() { return direction; }
    public boolean inflow() { return direction == FundDirection.IN; }
    public FundSource source() { return source; }
    public Money amount() { return amount; }
    public LocalDate valueDate() { return valueDate; }
    public Optional<String> reference() { return Optional.ofNullable(reference); }
    public Optional<UUID> registerId() { return Optional.ofNullable(registerId); }
    public Optional<UUID> recoveryId() { return Optional.ofNullable(recoveryId); }
    public Instant postedAt() { return postedAt; }
    public String postedBy() { return postedBy; }

    public record Snapshot(String direction, FundSource source, String amount, LocalDate valueDate, String reference,
                           UUID registerId, UUID recoveryId) {
    }

    public Snapshot snapshot() {
        return new Snapshot(direction.name(), source, amount.amount().toPlainString(), valueDate, reference, registerId, recoveryId);
    }
}
