package kz.registry.reconciliation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import kz.registry.shared.InstantColumns;
import kz.registry.shared.InvalidInputException;

/**
 * What an officer decided about an item that stays unmatched: a bank error (the bank's to
 * correct) or a timing difference (it clears in another month), with the reason.
 */
@Entity
@Table(name = "reconciliation_resolution")
public class ItemResolution {

    /** Which side an item is on. */
    public enum Side { BANK, LEDGER }

    public enum Kind { BANK_ERROR, TIMING_DIFFERENCE }

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Column(nullable = false, length = 10)
    private String side;

    @Column(name = "item_id", nullable = false)
    private UUID itemId;

    @Column(nullable = false, length = 20)
    private String resolution;

    @Column(nullable = false, length = 500)
    private String reason;

    @Convert(converter = InstantColumns.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected ItemResolution() {
        // for JPA
    }

    public ItemResolution(UUID accountId, LocalDate monthStart, Side side, UUID itemId, Kind resolution, String reason,
                          Instant createdAt, String createdBy) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "required: why the item stays unmatched, at most 500 characters");
        }
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.monthStart = monthStart;
        this.side = side.name();
        this.itemId = itemId;
        this.resolution = resolution.name();
        this.reason = reason.strip();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public static Kind kind(String text) {
        try {
            return Kind.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("resolution", "must be BANK_ERROR or TIMING_DIFFERENCE");
        }
    }

    public UUID id() { return id; }

    public record Snapshot(String account, LocalDate month, String side, UUID item, String resolution, String reason) {
    }

    public Snapshot snapshot(String accountCode) {
        return new Snapshot(accountCode, monthStart, side, itemId, resolution, reason);
    }
}
