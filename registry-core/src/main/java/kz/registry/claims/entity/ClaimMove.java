package kz.registry.claims.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.registry.shared.InstantColumns;

/** One step of a claim's life: from where to where, on which day, why, by whom. */
@Entity
@Table(name = "claim_move")
public class ClaimMove {

    @Id
    private UUID id;

    @Column(name = "claim_id", nullable = false)
    private UUID claimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private ClaimStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private ClaimStatus to;

    @Column(name = "moved_on", nullable = false)
    private LocalDate on;

    @Column(length = 500)
    private String reason;

    @Convert(converter = InstantColumns.class)
    @Column(name = "moved_at", nullable = false)
    private Instant at;

    @Column(name = "moved_by", nullable = false, length = 64)
    private String by;

    protected ClaimMove() {
        // for JPA
    }

    public ClaimMove(UUID claimId, ClaimStatus from, ClaimStatus to, LocalDate on, String reason, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.claimId = claimId;
        this.from = from;
        this.to = to;
        this.on = on;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.at = at;
        this.by = by;
    }

    public ClaimStatus from() { return from; }
    public ClaimStatus to() { return to; }
    public LocalDate on() { return on; }
    public String reason() { return reason; }
    public Instant at() { return at; }
    public String by() { return by; }
}
