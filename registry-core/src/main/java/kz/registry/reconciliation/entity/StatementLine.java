package kz.registry.reconciliation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One booked entry of a statement; matched once, to the match that settles it. */
@Entity
@Table(name = "statement_line")
public class StatementLine {

    @Id
    private UUID id;

    @Column(name = "statement_id", nullable = false)
    private UUID statementId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "line_no", nullable = false)
    private int number;

    @Column(name = "booking_date", nullable = false)
    private LocalDate booked;

    @Column(name = "value_date")
    private LocalDate value;

    @Column(nullable = false, precision = 24, scale = 2)
    private BigDecimal amount;

    @Column(length = 140)
    private String reference;

    @Column(name = "bank_reference", length = 140)
    private String bankReference;

    @Column(length = 500)
    private String description;

    @Column(name = "match_id")
    private UUID matchId;

    protected StatementLine() {
        // for JPA
    }

    public StatementLine(UUID statementId, UUID accountId, ParsedStatement.Line line) {
        this.id = UUID.randomUUID();
        this.statementId = statementId;
        this.accountId = accountId;
        this.number = line.number();
        this.booked = line.booked();
        this.value = line.value();
        this.amount = line.amount();
        this.reference = cut(line.reference(), 140);
        this.bankReference = cut(line.bankReference(), 140);
        this.description = cut(line.description(), 500);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public void settledBy(UUID match) {
        if (matchId != null) {
            throw new IllegalStateException("line " + id + " is matched already");
        }
        this.matchId = match;
    }

    public UUID id() { return id; }
    public UUID statementId() { return statementId; }
    public LocalDate booked() { return booked; }
    public BigDecimal amount() { return amount; }
    public String reference() { return reference; }
    public UUID matchId() { return matchId; }
    public UUID accountId() { return accountId; }
    public int number() { return number; }
    public LocalDate value() { return value; }
    public String bankReference() { return bankReference; }
    public String description() { return description; }
}
