package kz.registry.reconciliation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.registry.shared.InstantColumns;

/** Statement lines and ledger entries that settle each other, and how that was found. */
@Entity
@Table(name = "reconciliation_match")
public class ReconciliationMatch {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    /** REFERENCE, AMOUNT_AND_DATE or BY_HAND. */
    @Column(nullable = false, length = 20)
    private String rule;

    @Column(length = 500)
    private String reason;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected ReconciliationMatch() {
        // for JPA
    }

    public ReconciliationMatch(UUID accountId, LocalDate monthStart, String rule, String reason, Instant createdAt,
                               String createdBy) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.monthStart = monthStart;
        this.rule = rule;
        this.reason = reason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() { return id; }
    public String rule() { return rule; }
    public String reason() { return reason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }

    public record Snapshot(String account, LocalDate month, String rule, List<UUID> lines, List<UUID> entries,
                           String reason) {
    }
}
