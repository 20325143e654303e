package kz.registry.budget.entity;

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
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.InstantColumns;
import kz.registry.shared.InputLimits;
import kz.registry.shared.InvalidInputException;

/**
 * One posting in the budget ledger: an appropriation, allocation, commitment or payment, or the
 * reversal of one. Posted entries never change (on PostgreSQL a trigger refuses it too); a
 * reversal is an entry of the same kind with the opposite amount that names the entry it
 * reverses, so every sum over the ledger is simply a sum.
 */
@Entity
@Table(name = "budget_entry")
public class BudgetEntry {

    public static final int DESCRIPTION_LENGTH = 500;

    @Id
    private UUID id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EntryKind kind;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private FundingSource source;

    @Column(nullable = false, length = 40)
    private String purpose;

    @Column(name = "appropriation_id")
    private UUID appropriationId;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "shelter_id")
    private UUID shelterId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Column(length = Target.RECIPIENT_LENGTH)
    private String recipient;

    @Embedded
    private Money amount;

    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    /** On an appropriation, the agency that allocates it, when the entry says. */
    @Column(length = AppropriationTerms.AGENCY_LENGTH)
    private String agency;

    @Column(name = "reverses_id")
    private UUID reversesId;

    @Column(name = "batch_id")
    private UUID batchId;

    @Convert(converter = InstantColumns.class)
    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 64)
    private String postedBy;

    protected BudgetEntry() {
        // for JPA
    }

    private BudgetEntry(EntryKind kind, int fiscalYear, FundingSource source, String purpose, Money amount,
                        LocalDate valueDate, String description, Stamp stamp) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.fiscalYear = fiscalYear;
        this.source = source;
        this.purpose = purpose;
        this.amount = amount;
        this.valueDate = valueDate;
        this.description = InputLimits.optionalText("description", description, DESCRIPTION_LENGTH);
        this.batchId = stamp.batchId();
        this.postedAt = stamp.at();
        this.postedBy = stamp.by();
    }

    /** Who posts, when, and in which bulk entry if any. */
    public record Stamp(Instant at, String by, UUID batchId) {
    }

    public static BudgetEntry appropriation(AppropriationTerms terms, Stamp stamp) {
        requirePositive(terms.amount());
        requireInYear(terms.valueDate(), terms.year());
        BudgetEntry appropriation = new BudgetEntry(EntryKind.APPROPRIATION, terms.year(), terms.source(),
                terms.purpose(), terms.amount(), terms.valueDate(), terms.description(), stamp);
        appropriation.agency = terms.agency();
        return appropriation;
    }

    /**
     * An allocation, commitment or payment against this entry. It inherits the year, source and
     * purpose, and a commitment or payment its allocation's target; its currency is the parent's.
     */
    public BudgetEntry post(Posting posting, Stamp stamp) {
        if (posting.kind().parent().orElse(null) != kind) {
            throw new BusinessRuleException("A " + posting.kind().recordType() + " is posted against "
                    + posting.kind().parent().map(EntryKind::recordType).orElse("nothing") + ", not against "
                    + kind.recordType() + " " + id + ".");
        }
        if (isReversal()) {
            throw new BusinessRuleException("Nothing is posted against a reversal.");
        }
        requirePositive(posting.amount());
        requireSameCurrency(posting.amount());
        requireInYear(posting.valueDate(), fiscalYear);
        BudgetEntry child = new BudgetEntry(posting.kind(), fiscalYear, source, purpose, posting.amount(),
                posting.valueDate(), posting.description(), stamp);
        child.parentId = id;
        child.appropriationId = kind == EntryKind.APPROPRIATION ? id : appropriationId;
        Target target = kind == EntryKind.APPROPRIATION ? posting.target() : target();
        child.shelterId = target.shelterId();
        child.caseNumber = target.caseNumber();
        child.recipient = target.recipient();
        return child;
    }

    /** The entry that undoes this one: same kind, place and target, the opposite amount, and why. */
    public BudgetEntry reversal(String reason, LocalDate on, Stamp stamp) {
        if (isReversal()) {
            throw new BusinessRuleException("A reversal cannot itself be reversed; post the entry again instead.");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a reversal must say why");
        }
        requireInYear(on, fiscalYear);
        BudgetEntry reversal = new BudgetEntry(kind, fiscalYear, source, purpose,
                amount.negate(), on, reason, stamp);
        reversal.parentId = parentId;
        reversal.appropriationId = appropriationId;
        reversal.shelterId = shelterId;
        reversal.caseNumber = caseNumber;
        reversal.recipient = recipient;
        reversal.agency = agency;
        reversal.reversesId = id;
        return reversal;
    }

    private static void requirePositive(Money amount) {
        if (amount.amount().signum() <= 0) {
            throw new InvalidInputException("amount", "must be above zero; to undo an entry, reverse it");
        }
    }

    private void requireSameCurrency(Money asked) {
        if (!asked.currency().equals(amount.currency())) {
            throw new BusinessRuleException("This " + kind.recordType() + " is in " + amount.code() + "; what is posted"
                    + " against it must be too, not " + asked.code() + ".");
        }
    }

    private static void requireInYear(LocalDate day, int year) {
        if (day == null) {
            throw new InvalidInputException("valueDate", "required (YYYY-MM-DD)");
        }
        if (day.getYear() != year) {
            throw new InvalidInputException("valueDate", day + " is outside fiscal year " + year);
        }
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public EntryKind kind() { return kind; }
    public int fiscalYear() { return fiscalYear; }
    public FundingSource source() { return source; }
    public String purpose() { return purpose; }
    public Optional<UUID> appropriationId() { return Optional.ofNullable(appropriationId); }
    public Optional<UUID> parentId() { return Optional.ofNullable(parentId); }
    public Target target() { return new Target(shelterId, caseNumber, recipient); }
    public Money amount() { return amount; }
    public LocalDate valueDate() { return valueDate; }
    public Optional<String> description() { return Optional.ofNullable(description); }
    public Optional<String> agency() { return Optional.ofNullable(agency); }
    public Optional<UUID> reversesId() { return Optional.ofNullable(reversesId); }
    public boolean isReversal() { return reversesId != null; }
    public Optional<UUID> batchId() { return Optional.ofNullable(batchId); }
    public Instant postedAt() { return postedAt; }
    public String postedBy() { return postedBy; }

    /** The entry as the audit trail keeps it (no personal data: recipients are organisations). */
    public record Snapshot(String kind, int fiscalYear, String source, String purpose, UUID parentId,
                           UUID shelterId, String caseNumber, String recipient, String amount, String currency,
                           LocalDate valueDate, String agency, String description, UUID reverses, UUID batch) {
    }

    public Snapshot snapshot() {
        return new Snapshot(kind.name(), fiscalYear, source.name(), purpose, parentId, shelterId, caseNumber, recipient,
                amount.amount().toPlainString(), amount.code(), valueDate, agency, description, reversesId, batchId);
    }
}
