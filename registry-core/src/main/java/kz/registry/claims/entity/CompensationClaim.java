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
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.registry.money.Money;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.ConflictException;
import kz.registry.shared.InstantColumns;
import kz.registry.shared.InvalidInputException;

/**
 * A victim's claim for compensation in a criminal proceeding. It moves only along its life
 * ({@link ClaimStatus#next()}); an approval fixes the amount with the law's figures of its day,
 * which the claim keeps whatever the law says later.
 */
@Entity
@Table(name = "compensation_claim")
public class CompensationClaim {

    /** The law's deadline: 3 years from the recognition as a victim (a court may restore it). */
    public static final int DEADLINE_YEARS = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "claim_code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "victim_id", nullable = false)
    private UUID victimId;

    @Column(name = "proceeding_id", nullable = false)
    private UUID proceedingId;

    @Column(nullable = false, length = 40)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimStatus status;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "recognised_on", nullable = false)
    private LocalDate recognisedOn;

    @Column(name = "deadline_restored_ref", length = 200)
    private String deadlineRestoredBy;

    @Column(name = "civil_claim_ref", length = 200)
    private String civilClaim;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "denial_reason", length = 500)
    private String denialReason;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 24, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", length = 3))
    private Money amount;

    @Column(name = "mci_multiple")
    private Integer mciMultiple;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "mci_value", precision = 12, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "mci_currency", length = 3))
    private Money mciValue;

    @Column(name = "mci_valid_from")
    private LocalDate mciValidFrom;

    @Column(name = "mci_purpose", length = 30)
    private String mciPurpose;

    @Column(name = "mci_source", length = 300)
    private String mciSource;

    @Column(name = "category_valid_from")
    private LocalDate categoryValidFrom;

    @Column(name = "register_id")
    private UUID registerId;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CompensationClaim() {
        // for JPA
    }

    /**
     * A claim as received. The filing must come within 3 years of the recognition, unless a court
     * restored the deadline; it cannot come before the recognition.
     */
    public CompensationClaim(ClaimFiling filing, LocalDate recognisedOn, Instant createdAt) {
        if (filing.filedOn().isBefore(recognisedOn)) {
            throw new InvalidInputException("filedOn", "cannot be before the victim was recognised (" + recognisedOn + ")");
        }
        LocalDate deadline = recognisedOn.plusYears(DEADLINE_YEARS);
        if (filing.filedOn().isAfter(deadline) && filing.deadlineRestoredBy() == null) {
            throw new BusinessRuleException("The claim comes after the deadline: 3 years from the recognition on "
                    + recognisedOn + " ended on " + deadline + ". Only a court may restore it (deadlineRestoredBy).");
        }
        this.id = UUID.randomUUID();
        this.code = "CL-" + Long.toString(Math.abs(RANDOM.nextLong()) % 2_821_109_907_456L, 36).toUpperCase();
        this.victimId = filing.victimId();
        this.proceedingId = filing.proceedingId();
        this.category = filing.category();
        this.status = ClaimStatus.RECEIVED;
        this.filedOn = filing.filedOn();
        this.recognisedOn = recognisedOn;
        this.deadlineRestoredBy = filing.deadlineRestoredBy();
        this.civilClaim = filing.civilClaim();
        this.createdAt = createdAt;
    }

    /**
     * A clerk's decision: under review, approved (with the amount the law grants), denied (with a
     * reason), withdrawn, appealed. Anything else is refused, naming the moves there are.
     */
    public ClaimStatus decide(ClaimStatus to, LocalDate on, String reason, CompensationAmount amountIfApproved) {
        if (!to.isDecision()) {
            throw new ConflictException("A claim goes " + to + " through " + (to == ClaimStatus.ON_REGISTER
                    || to == ClaimStatus.PAID ? "a payment register" : "recourse") + ", not by a decision.");
        }
        if (to == ClaimStatus.DENIED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "a denial says why");
        }
        if (to == ClaimStatus.APPROVED && amountIfApproved == null) {
            throw new IllegalArgumentException("an approval needs the amount the law grants");
        }
        ClaimStatus from = moveTo(to, on);
        if (to == ClaimStatus.DENIED) {
            this.denialReason = reason.strip();
        }
        if (to == ClaimStatus.APPROVED || to == ClaimStatus.DENIED) {
            this.decidedOn = on;
        }
        if (to == ClaimStatus.APPROVED) {
            fix(amountIfApproved);
            this.denialReason = null;
        }
        return from;
    }

    /** Puts an approved claim on a payment register; answers the state it left. */
    public ClaimStatus placeOn(UUID register, LocalDate on) {
        ClaimStatus from = moveTo(ClaimStatus.ON_REGISTER, on);
        this.registerId = register;
        return from;
    }

    /**
     * The treasury paid the register; with the payment-date policy the amount is fixed anew.
     * Answers the state it left.
     */
    public ClaimStatus paid(LocalDate on, CompensationAmount amountOnPaymentDay) {
        ClaimStatus from = moveTo(ClaimStatus.PAID, on);
        if (amountOnPaymentDay != null) {
            fix(amountOnPaymentDay);
        }
        this.paidOn = on;
        return from;
    }

    /** Recourse opened against the convicted persons; answers the state it left. */
    public ClaimStatus recourseOpened(LocalDate on) {
        return moveTo(ClaimStatus.RECOURSE_OPENED, on);
    }

    /** All of the claim's amount recovered; answers the state it left. */
    public ClaimStatus recovered(LocalDate on) {
        return moveTo(ClaimStatus.RECOVERED, on);
    }

    private ClaimStatus moveTo(ClaimStatus to, LocalDate on) {
        if (on == null) {
            throw new InvalidInputException("on", "the day of the move is required");
        }
        if (!status.next().contains(to)) {
            throw new ConflictException("Claim " + code + " is " + status + ": it cannot move to " + to + ". "
                    + (status.next().isEmpty() ? "It is final." : "It can move to " + status.next().stream()
                    .map(Enum::name).collect(Collectors.joining(", ")) + "."));
        }
        if (on.isBefore(filedOn)) {
            throw new InvalidInputException("on", "cannot be before the claim was filed (" + filedOn + ")");
        }
        ClaimStatus from = status;
        this.status = to;
        return from;
    }

    private void fix(CompensationAmount granted) {
        this.amount = granted.amount();
        this.mciMultiple = granted.mciMultiple();
        this.mciValue = granted.mci();
        this.mciValidFrom = granted.mciValidFrom();
        this.mciPurpose = granted.mciPurpose();
        this.mciSource = granted.mciSource();
        this.categoryValidFrom = granted.categoryValidFrom();
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String code() { return code; }
    public UUID victimId() { return victimId; }
    public UUID proceedingId() { return proceedingId; }
    public String category() { return category; }
    public ClaimStatus status() { return status; }
    public LocalDate filedOn() { return filedOn; }
    public LocalDate recognisedOn() { return recognisedOn; }
    public LocalDate deadline() { return recognisedOn.plusYears(DEADLINE_YEARS); }
    public Optional<String> deadlineRestoredBy() { return Optional.ofNullable(deadlineRestoredBy); }
    /** Set when the same harm is also claimed through a civil suit: a possible double compensation. */
    public Optional<String> civilClaim() { return Optional.ofNullable(civilClaim); }
    public Optional<LocalDate> decidedOn() { return Optional.ofNullable(decidedOn); }
    public Optional<String> denialReason() { return Optional.ofNullable(denialReason); }
    public Optional<UUID> registerId() { return Optional.ofNullable(registerId); }
    public Optional<LocalDate> paidOn() { return Optional.ofNullable(paidOn); }
    public Instant createdAt() { return createdAt; }

    public Optional<Money> amount() {
        return Optional.ofNullable(amount);
    }

    /** The law's figures the amount was fixed with. */
    public Optional<CompensationAmount> grant() {
        return amount().map(money -> new CompensationAmount(category, categoryValidFrom, mciMultiple,
                decidedOn, mciPurpose, mciValidFrom,
                mciValue, mciSource, money));
    }

    public record Snapshot(String code, UUID victimId, UUID proceedingId, String category, ClaimStatus status,
                           LocalDate filedOn, LocalDate decidedOn, String denialReason, String amount,
                           Integer mciMultiple, String mciValue, UUID registerId, LocalDate paidOn,
                           boolean civilClaim) {
    }

    public Snapshot snapshot() {
        return new Snapshot(code, victimId, proceedingId, category, status, filedOn, decidedOn, denialReason,
                amount == null ? null : amount.amount().toPlainString(), mciMultiple,
                mciValue == null ? null : mciValue.amount().toPlainString(), registerId, paidOn, civilClaim != null);
    }
}
