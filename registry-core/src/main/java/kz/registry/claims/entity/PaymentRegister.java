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
import java.util.Optional;
import java.util.UUID;
import kz.registry.money.Money;
import kz.registry.shared.ConflictException;
import kz.registry.shared.InstantColumns;

/** Approved claims sent together to the treasury: SENT, then PAID. */
@Entity
@Table(name = "payment_register")
public class PaymentRegister {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RegisterStatus status;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total", nullable = false, precision = 24, scale = 2))
    private Money total;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PaymentRegister() {
        // for JPA
    }

    public PaymentRegister(Money total, LocalDate createdOn, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.number = "PR-" + createdOn.getYear() + "-" + id.toString().substring(0, 8).toUpperCase();
        this.status = RegisterStatus.SENT;
        this.total = total;
        this.createdOn = createdOn;
        this.createdAt = createdAt;
    }

    public void paid(LocalDate on) {
        if (status != RegisterStatus.SENT) {
            throw new ConflictException("Register " + number + " is already paid (on " + paidOn + ").");
        }
        if (on.isBefore(createdOn)) {
            throw new kz.registry.shared.InvalidInputException("paidOn", "cannot be before the register was made ("
                    + createdOn + ")");
        }
        this.status = RegisterStatus.PAID;
        this.paidOn = on;
    }

    /** The total as paid: under the payment-date MCI policy the claims' amounts are fixed at payment. */
    public void restate(Money paid) {
        this.total = paid;
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String number() { return number; }
    public RegisterStatus status() { return status; }
    public Money total() { return total; }
    public LocalDate createdOn() { return createdOn; }
    public Optional<LocalDate> paidOn() { return Optional.ofNullable(paidOn); }

    public record Snapshot(String number, String status, String total, LocalDate createdOn, LocalDate paidOn) {
    }

    public Snapshot snapshot() {
        return new Snapshot(number, status.name(), total.amount().toPlainString(), createdOn, paidOn);
    }
}
