package kz.registry.claims.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.registry.money.Money;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.InstantColumns;
import kz.registry.shared.InvalidInputException;

/** Recourse for a paid claim: what the convicted persons of its proceeding owe the fund, and what came back. */
@Entity
@Table(name = "recovery")
public class Recovery {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "claim_id", nullable = false, unique = true)
    private UUID claimId;

    @Column(name = "proceeding_id", nullable = false)
    private UUID proceedingId;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount_due", nullable = false, precision = 24, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "due_currency", nullable = false, length = 3))
    private Money amountDue;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "recovered", nullable = false, precision = 24, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "recovered_currency", nullable = false, length = 3))
    private Money recovered;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecoveryStatus status;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Recovery() {
        // for JPA
    }

    public Recovery(UUID claimId, UUID proceedingId, Money due, LocalDate openedOn, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.claimId = claimId;
        this.proceedingId = proceedingId;
        this.amountDue = due;
        this.recovered = Money.zero(due.currency());
        this.status = RecoveryStatus.OPEN;
        this.openedOn = openedOn;
        this.createdAt = createdAt;
    }

    /**
     * Money back from the convicted persons: above zero, in tenge, never more than is still owed.
     * Answers whether all is back.
     */
    public boolean received(Money amount) {
        if (amount.amount().signum() <= 0) {
            throw new InvalidInputException("amount", "must be above zero");
        }
        Money outstanding = outstanding();
        if (!amount.currency().equals(outstanding.currency())) {
            throw new InvalidInputException("amount", "recourse is owed in " + outstanding.code());
        }
        if (amount.compareTo(outstanding) > 0) {
            throw new BusinessRuleException("Recovery of claim " + claimId + " has " + outstanding + " outstanding; "
                    + amount + " is more than that.");
        }
        this.recovered = recovered.plus(amount);
        if (outstanding().isZero()) {
            this.status = RecoveryStatus.RECOVERED;
        }
        return status == RecoveryStatus.RECOVERED;
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public UUID claimId() { return claimId; }
    public UUID proceedingId() { return proceedingId; }
    public Money due() { return amountDue; }
    public Money recovered() { return recovered; }
    public Money outstanding() { return due().minus(recovered()); }
    public RecoveryStatus status() { return status; }
    public LocalDate openedOn() { return openedOn; }

    public record Snapshot(UUID claimId, UUID proceedingId, String due, String recovered, String status) {
    }

    public Snapshot snapshot() {
        return new Snapshot(claimId, proceedingId, amountDue.amount().toPlainString(), recovered.amount().toPlainString(), status.name());
    }
}
