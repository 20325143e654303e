package kz.registry.reconciliation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.registry.shared.InstantColumns;

/** A statement of one account as the bank sent it, kept as it was: balances signed, money in above zero. */
@Entity
@Table(name = "bank_statement")
public class BankStatement {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "statement_ref", nullable = false, length = 35)
    private String reference;

    @Column(name = "message_id", length = 35)
    private String messageId;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Column(name = "opening_balance", nullable = false, precision = 24, scale = 2)
    private BigDecimal opening;

    @Column(name = "closing_balance", nullable = false, precision = 24, scale = 2)
    private BigDecimal closing;

    /** SHA-256 of the file: the same file twice is the same statement. */
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 10)
    private String format;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Convert(converter = InstantColumns.class)
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    protected BankStatement() {
        // for JPA
    }

    public BankStatement(UUID accountId, ParsedStatement parsed, String contentHash, String format, Instant importedAt,
                         String importedBy) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.reference = parsed.reference();
        this.messageId = parsed.messageId();
        this.fromDate = parsed.from();
        this.toDate = parsed.to();
        this.opening = parsed.opening();
        this.closing = parsed.closing();
        this.contentHash = contentHash;
        this.format = format;
        this.lineCount = parsed.lines().size();
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public UUID id() { return id; }
    public UUID accountId() { return accountId; }
    public String reference() { return reference; }
    public String messageId() { return messageId; }
    public LocalDate from() { return fromDate; }
    public LocalDate to() { return toDate; }
    public BigDecimal opening() { return opening; }
    public BigDecimal closing() { return closing; }
    public String contentHash() { return contentHash; }
    public String format() { return format; }
    public int lineCount() { return lineCount; }
    public Instant importedAt() { return importedAt; }
    public String importedBy() { return importedBy; }

    public record Snapshot(String account, String reference, String messageId, LocalDate from, LocalDate to,
                           String opening, String closing, int lines, String format, String contentHash) {
    }

    public Snapshot snapshot(String accountCode) {
        return new Snapshot(accountCode, reference, messageId, fromDate, toDate, opening.toPlainString(), closing.toPlainString(),
                lineCount, format, contentHash);
    }
}
